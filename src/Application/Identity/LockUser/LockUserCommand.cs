using MapsterMapper;
using System.Globalization;
using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.LockUser;

/// <summary>An administrator locks an account and ends its sessions.</summary>
public sealed record LockUserCommand(DateTimeOffset? Until = null) : ICommand<UserDetailsResponse>, IAuditedAdminAction
{
    /// <summary>The account, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserLocked;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => null;
}

internal sealed class LockUserHandler(
    IUserRepository users, ISessionRepository sessions, IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock, IMapper mapper)
    : IRequestHandler<LockUserCommand, Result<UserDetailsResponse>>
{
    public async Task<Result<UserDetailsResponse>> Handle(LockUserCommand request, CancellationToken cancellationToken)
    {
        if (request.Id == currentUser.Id)
        {
            return IdentityErrors.CannotManageSelf;
        }

        var user = await users.FindByIdAsync(request.Id, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        var now = clock.GetUtcNow();
        user.LockUntil(request.Until, now);
        await sessions.RevokeAllAsync(user.Id, SessionRevocationReason.UserLocked, now, cancellationToken);
        var detail = request.Until is { } until ? until.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : "indefinitely";
        auditLog.Add(AuditEvent.Record(AuditEventType.UserLocked, AuditOutcome.Success, currentUser.ActingOn(user.Id) with { Detail = detail }, now));
        return mapper.MapAsOf(user, now);
    }
}

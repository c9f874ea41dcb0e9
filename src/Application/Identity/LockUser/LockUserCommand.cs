using MapsterMapper;
using Platform.Application.Audit.Contracts;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.LockUser;

/// <summary>An administrator locks an account and ends its sessions.</summary>
public sealed record LockUserCommand(DateTimeOffset? Until = null) : ICommand<UserDetailsResponse>, IAuditedAdminAction
{
    /// <summary>The account, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The administrator acting, set by the endpoint from the access token: an administrator cannot do this to themselves.</summary>
    public required Guid ActorId { get; init; }

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserLocked;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => null;
}

internal sealed class LockUserHandler(
    IUserRepository users, ISessionRepository sessions, TimeProvider clock, IMapper mapper)
    : IRequestHandler<LockUserCommand, Result<UserDetailsResponse>>
{
    public async Task<Result<UserDetailsResponse>> Handle(LockUserCommand request, CancellationToken cancellationToken)
    {
        if (request.Id == request.ActorId)
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
        return mapper.MapAsOf(user, now);
    }
}

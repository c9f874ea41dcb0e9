using MapsterMapper;
using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.SetUserRoles;

/// <summary>
/// An administrator sets an account's roles. Added roles show in the next access token (at the next refresh);
/// taking a role away ends the account's sessions, so no token keeps a role it lost.
/// </summary>
public sealed record SetUserRolesCommand(IReadOnlyList<string> Roles) : ICommand<UserDetailsResponse>, IAuditedAdminAction
{
    /// <summary>The account, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.RolesChanged;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => null;
}

internal sealed class SetUserRolesHandler(
    IUserRepository users, ISessionRepository sessions, IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock, IMapper mapper)
    : IRequestHandler<SetUserRolesCommand, Result<UserDetailsResponse>>
{
    public async Task<Result<UserDetailsResponse>> Handle(SetUserRolesCommand request, CancellationToken cancellationToken)
    {
        if (request.Id == currentUser.Id && !request.Roles.Contains(Role.Admin))
        {
            return IdentityErrors.CannotManageSelf;
        }

        var user = await users.FindByIdAsync(request.Id, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        var now = clock.GetUtcNow();
        var removed = user.ReplaceRoles(request.Roles.Distinct().ToList(), now);
        if (!removed.IsSuccess)
        {
            return removed.Error;
        }

        if (removed.Value.Count > 0)
        {
            await sessions.RevokeAllAsync(user.Id, SessionRevocationReason.RoleRemoved, now, cancellationToken);
        }

        auditLog.Add(AuditEvent.Record(
            AuditEventType.RolesChanged, AuditOutcome.Success, currentUser.ActingOn(user.Id) with { Detail = string.Join(',', user.Roles) }, now));
        return mapper.MapAsOf(user, now);
    }
}

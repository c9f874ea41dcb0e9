using MapsterMapper;
using Platform.Application.Audit.Contracts;
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

    /// <summary>The administrator acting, set by the endpoint from the access token: an administrator cannot take the admin role from themselves.</summary>
    public required Guid ActorId { get; init; }

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.RolesChanged;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => null;
}

internal sealed class SetUserRolesHandler(
    IUserRepository users, ISessionRepository sessions, TimeProvider clock, IMapper mapper)
    : IRequestHandler<SetUserRolesCommand, Result<UserDetailsResponse>>
{
    public async Task<Result<UserDetailsResponse>> Handle(SetUserRolesCommand request, CancellationToken cancellationToken)
    {
        if (request.Id == request.ActorId && !request.Roles.Contains(Role.Admin))
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

        return mapper.MapAsOf(user, now);
    }
}

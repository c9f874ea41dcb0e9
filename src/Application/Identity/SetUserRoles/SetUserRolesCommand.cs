using Platform.Application.Audit.Contracts;

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

using Platform.Application.Audit.Contracts;

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

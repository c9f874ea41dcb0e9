using Platform.Application.Audit.Contracts;

namespace Platform.Application.Identity.UnlockUser;

/// <summary>An administrator lifts a lock, whether it came from wrong passwords or from an administrator.</summary>
public sealed record UnlockUserCommand(Guid Id) : ICommand<UserDetailsResponse>, IAuditedAdminAction
{

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserUnlocked;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => null;
}

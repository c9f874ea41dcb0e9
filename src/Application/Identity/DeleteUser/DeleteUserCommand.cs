using Platform.Application.Audit.Contracts;

namespace Platform.Application.Identity.DeleteUser;

/// <summary>
/// An administrator deletes an account: it can no longer sign in, its sessions end, and its e-mail address is free
/// again. The row stays (soft delete) so the audit trail and what the user created keep their owner.
/// </summary>
public sealed record DeleteUserCommand(Guid Id) : ICommand<Unit>, IAuditedAdminAction
{

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserDeleted;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => null;
}

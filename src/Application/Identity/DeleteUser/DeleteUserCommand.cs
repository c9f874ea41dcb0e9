using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

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

internal sealed class DeleteUserHandler(
    IUserRepository users, ISessionRepository sessions, IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<DeleteUserCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteUserCommand request, CancellationToken cancellationToken)
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
        user.Delete(now);
        await sessions.RevokeAllAsync(user.Id, SessionRevocationReason.UserDeleted, now, cancellationToken);
        auditLog.Add(AuditEvent.Record(AuditEventType.UserDeleted, AuditOutcome.Success, currentUser.ActingOn(user.Id), now));
        return Unit.Value;
    }
}

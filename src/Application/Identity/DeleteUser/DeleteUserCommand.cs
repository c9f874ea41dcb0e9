using Platform.Application.Audit.Contracts;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.DeleteUser;

/// <summary>
/// An administrator deletes an account: it can no longer sign in, its sessions end, and its e-mail address is free
/// again. The row stays (soft delete) so the audit trail and what the user created keep their owner.
/// </summary>
public sealed record DeleteUserCommand(Guid Id) : ICommand<Unit>, IAuditedAdminAction
{
    /// <summary>The administrator acting, set by the endpoint from the access token: an administrator cannot do this to themselves.</summary>
    public required Guid ActorId { get; init; }

    string IAuditedAdminAction.AuditEventType => Domain.Audit.AuditEventType.UserDeleted;

    Guid? IAuditedAdminAction.TargetUserId => Id;

    string? IAuditedAdminAction.TargetEmail => null;
}

internal sealed class DeleteUserHandler(
    IUserRepository users, ISessionRepository sessions, TimeProvider clock)
    : IRequestHandler<DeleteUserCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteUserCommand request, CancellationToken cancellationToken)
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
        user.Delete(now);
        await sessions.RevokeAllAsync(user.Id, SessionRevocationReason.UserDeleted, now, cancellationToken);
        return Unit.Value;
    }
}

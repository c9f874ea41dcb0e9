using MediatR;
using Platform.Application.Audit;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.ChangePassword;

internal sealed class ChangePasswordHandler(
    IUserRepository users,
    ISessionRepository sessions,
    IPasswordHasher passwordHasher,
    IAuditLog auditLog,
    ICurrentUser currentUser,
    TimeProvider clock)
    : IRequestHandler<ChangePasswordCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await users.FindByIdAsync(request.UserId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        var audit = new AuditContext { UserId = user.Id, SessionId = request.SessionId, IpAddress = currentUser.IpAddress };
        if (!passwordHasher.Verify(request.CurrentPassword, user.PasswordHash))
        {
            await auditLog.AddNowAsync(
                AuditEvent.Record(AuditEventType.PasswordChanged, AuditOutcome.Failure, audit with { Detail = IdentityErrors.PasswordIncorrect.Code }, now),
                cancellationToken);
            return IdentityErrors.PasswordIncorrect;
        }

        user.ChangePassword(passwordHasher.Hash(request.NewPassword), now);
        await sessions.RevokeAllAsync(user.Id, SessionRevocationReason.PasswordChanged, now, cancellationToken, except: request.SessionId);

        auditLog.Add(AuditEvent.Record(AuditEventType.PasswordChanged, AuditOutcome.Success, audit, now));
        return Unit.Value;
    }
}

using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.Logout;

/// <summary>Ends the caller's current session: its refresh token stops working, and so do its access tokens.</summary>
public sealed record LogoutCommand(Guid UserId, Guid SessionId) : ICommand<Unit>;

internal sealed class LogoutHandler(ISessionRepository sessions, IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<LogoutCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(request.SessionId, cancellationToken);
        if (session is null || session.UserId != request.UserId)
        {
            return IdentityErrors.SessionNotFound;
        }

        var now = clock.GetUtcNow();
        auditLog.Add(AuditEvent.Record(
            AuditEventType.Logout,
            AuditOutcome.Success,
            new AuditContext { UserId = session.UserId, SessionId = session.Id, IpAddress = currentUser.IpAddress, DeviceId = session.DeviceId },
            now));
        session.Revoke(SessionRevocationReason.Logout, now);
        return Unit.Value;
    }
}

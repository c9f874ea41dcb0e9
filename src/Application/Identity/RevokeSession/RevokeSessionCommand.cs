using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.RevokeSession;

/// <summary>Ends one of the caller's sessions, for instance a lost phone's.</summary>
public sealed record RevokeSessionCommand(Guid UserId, Guid SessionId) : ICommand<Unit>;

internal sealed class RevokeSessionHandler(ISessionRepository sessions, IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<RevokeSessionCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RevokeSessionCommand request, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(request.SessionId, cancellationToken);
        if (session is null || session.UserId != request.UserId || !session.IsActive)
        {
            return IdentityErrors.SessionNotFound;
        }

        var now = clock.GetUtcNow();
        auditLog.Add(AuditEvent.Record(
            AuditEventType.SessionRevoked,
            AuditOutcome.Success,
            new AuditContext { UserId = session.UserId, SessionId = session.Id, IpAddress = currentUser.IpAddress, DeviceId = session.DeviceId },
            now));
        session.Revoke(SessionRevocationReason.RevokedByUser, now);
        return Unit.Value;
    }
}

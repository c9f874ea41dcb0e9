using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.LogoutAll;

/// <summary>Ends every session of the caller, on every device, this one included.</summary>
public sealed record LogoutAllCommand(Guid UserId) : ICommand<Unit>;

internal sealed class LogoutAllHandler(ISessionRepository sessions, IAuditLog auditLog, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<LogoutAllCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(LogoutAllCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await sessions.RevokeAllAsync(request.UserId, SessionRevocationReason.LogoutAll, now, cancellationToken);

        auditLog.Add(AuditEvent.Record(
            AuditEventType.LogoutAll, AuditOutcome.Success, currentUser.ActingAs(request.UserId), now));
        return Unit.Value;
    }
}

using MediatR;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.Logout;

internal sealed class LogoutHandler(ISessionRepository sessions, TimeProvider clock)
    : IRequestHandler<LogoutCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(request.SessionId, cancellationToken);
        if (session is null || session.UserId != request.UserId)
        {
            return IdentityErrors.SessionNotFound;
        }

        session.Revoke(SessionRevocationReason.Logout, clock.GetUtcNow());
        return Unit.Value;
    }
}

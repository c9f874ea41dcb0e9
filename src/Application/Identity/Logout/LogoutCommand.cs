using Platform.Domain.Identity;

namespace Platform.Application.Identity.Logout;

/// <summary>Ends the caller's current session: its refresh token stops working, and so do its access tokens.</summary>
public sealed record LogoutCommand(Guid UserId, Guid SessionId) : ICommand<Unit>;

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

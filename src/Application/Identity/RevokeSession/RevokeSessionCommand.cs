using Platform.Domain.Identity;

namespace Platform.Application.Identity.RevokeSession;

/// <summary>Ends one of the caller's sessions, for instance a lost phone's.</summary>
public sealed record RevokeSessionCommand(Guid UserId, Guid SessionId) : ICommand<Unit>;

internal sealed class RevokeSessionHandler(ISessionRepository sessions, TimeProvider clock)
    : IRequestHandler<RevokeSessionCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RevokeSessionCommand request, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(request.SessionId, cancellationToken);
        if (session is null || session.UserId != request.UserId || !session.IsActive)
        {
            return IdentityErrors.SessionNotFound;
        }

        session.Revoke(SessionRevocationReason.RevokedByUser, clock.GetUtcNow());
        return Unit.Value;
    }
}

using Platform.Domain.Identity;

namespace Platform.Application.Identity.LogoutAll;

/// <summary>Ends every session of the caller, on every device, this one included.</summary>
public sealed record LogoutAllCommand(Guid UserId) : ICommand<Unit>;

internal sealed class LogoutAllHandler(IUserRepository users, ISessionRepository sessions, TimeProvider clock)
    : IRequestHandler<LogoutAllCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(LogoutAllCommand request, CancellationToken cancellationToken)
    {
        (await users.FindByIdAsync(request.UserId, cancellationToken))?.SignOutEverywhere();
        await sessions.RevokeAllAsync(request.UserId, SessionRevocationReason.LogoutAll, clock.GetUtcNow(), cancellationToken);
        return Unit.Value;
    }
}

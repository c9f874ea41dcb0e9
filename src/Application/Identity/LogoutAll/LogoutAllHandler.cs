using MediatR;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.LogoutAll;

internal sealed class LogoutAllHandler(ISessionRepository sessions, TimeProvider clock)
    : IRequestHandler<LogoutAllCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(LogoutAllCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var session in await sessions.ListActiveByUserAsync(request.UserId, cancellationToken))
        {
            session.Revoke(SessionRevocationReason.LogoutAll, now);
        }

        return Unit.Value;
    }
}

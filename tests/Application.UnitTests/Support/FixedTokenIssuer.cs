using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class FixedTokenIssuer(TimeProvider clock) : IAccessTokenIssuer
{
    public AccessToken Issue(User user, Guid sessionId) => new($"token-for-{user.Id}-{sessionId}", clock.GetUtcNow().AddMinutes(15));
}

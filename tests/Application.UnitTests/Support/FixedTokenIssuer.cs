using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.UnitTests.Support;

public sealed class FixedTokenIssuer(TimeProvider clock) : IAccessTokenIssuer
{
    public AccessToken Issue(User user, Session session) => new($"token-for-{user.Id}-{session.Id}", clock.GetUtcNow().AddMinutes(15));
}

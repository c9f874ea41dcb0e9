using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>Issues signed, short-lived access tokens for a user's session.</summary>
public interface IAccessTokenIssuer
{
    AccessToken Issue(User user, Session session);
}

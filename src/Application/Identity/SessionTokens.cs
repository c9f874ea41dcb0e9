using Microsoft.Extensions.Options;
using Platform.Domain.Identity;

namespace Platform.Application.Identity;

/// <summary>Issues the token pair of a session: a new refresh token (stored as a hash) and an access token naming the session.</summary>
internal sealed class SessionTokens(
    IAccessTokenIssuer accessTokens,
    IRefreshTokenRepository refreshTokens,
    IOptions<SessionOptions> options,
    TimeProvider clock)
{
    public AccessTokenResponse IssueFor(User user, Session session)
    {
        var now = clock.GetUtcNow();
        var (refreshToken, secret) = RefreshToken.Issue(session.Id, now, options.Value.RefreshTokenLifetime);
        refreshTokens.Add(refreshToken);
        var accessToken = accessTokens.Issue(user, session);
        var expiresIn = (int)Math.Max(0, (accessToken.ExpiresAt - now).TotalSeconds);
        return new AccessTokenResponse(
            accessToken.Value, AccessTokenResponse.BearerTokenType, accessToken.ExpiresAt, expiresIn, secret, refreshToken.ExpiresAt, session.Id);
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Platform.FakeJira;

/// <summary>
/// Atlassian's OAuth 2.0 (3LO) as the fake plays it: an app (client id and secret) is registered; <c>/authorize</c>
/// consents at once as <see cref="ConsentingUser"/> and redirects back with a single-use code and the caller's
/// <c>state</c>; <c>/oauth/token</c> trades a code, or a refresh token, for an access token and a new refresh token
/// (refresh tokens rotate: the old one stops working); <c>/oauth/token/accessible-resources</c> lists the site, which
/// is then called through <c>/ex/jira/{cloudId}</c>. Access tokens expire after <see cref="AccessTokenLifetime"/>.
/// </summary>
public sealed class OAuthServer(TimeProvider clock)
{
    public const string CloudId = "11223344-a1b2-3b33-c444-def123456789";

    private readonly ConcurrentDictionary<string, JiraUser> _codes = new();
    private readonly ConcurrentDictionary<string, (JiraUser User, DateTimeOffset Expires)> _accessTokens = new();
    private readonly ConcurrentDictionary<string, JiraUser> _refreshTokens = new();
    private int _refreshes;

    public string? ClientId { get; private set; }

    public string? ClientSecret { get; private set; }

    /// <summary>Who consents when <c>/authorize</c> is visited.</summary>
    public JiraUser? ConsentingUser { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>While set, every refresh is refused (<c>invalid_grant</c>), as when a user revokes the app.</summary>
    public bool RefusingRefresh { get; set; }

    /// <summary>How many refresh-token grants were answered (refused ones included).</summary>
    public int Refreshes => Volatile.Read(ref _refreshes);

    public void RegisterApp(string clientId, string clientSecret)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    internal string? Consent() => ConsentingUser is { } user ? Remember(_codes, user) : null;

    internal JiraUser? TakeCode(string code) => _codes.TryRemove(code, out var user) ? user : null;

    internal JiraUser? TakeRefreshToken(string token)
    {
        Interlocked.Increment(ref _refreshes);
        return !RefusingRefresh && _refreshTokens.TryRemove(token, out var user) ? user : null;
    }

    /// <summary>A new access token and refresh token for the user.</summary>
    internal (string Access, string Refresh) Issue(JiraUser user)
    {
        var access = Token();
        _accessTokens[access] = (user, clock.GetUtcNow() + AccessTokenLifetime);
        return (access, Remember(_refreshTokens, user));
    }

    internal JiraUser? UserOf(string accessToken) =>
        _accessTokens.TryGetValue(accessToken, out var grant) && grant.Expires > clock.GetUtcNow() ? grant.User : null;

    private static string Remember(ConcurrentDictionary<string, JiraUser> tokens, JiraUser user)
    {
        var token = Token();
        tokens[token] = user;
        return token;
    }

    private static string Token() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}

namespace Platform.Application.Identity;

/// <summary>
/// The tokens of a session: a bearer token to send as <c>Authorization: Bearer &lt;accessToken&gt;</c> until it
/// expires, and a refresh token that buys the next pair once (POST /api/v1/auth/refresh).
/// </summary>
/// <param name="AccessToken">The signed JWT.</param>
/// <param name="TokenType">Always <c>Bearer</c>: what tells this answer from the web client's (<c>Cookie</c>).</param>
/// <param name="ExpiresAt">When the access token stops being accepted (UTC).</param>
/// <param name="ExpiresIn">Seconds from now until <paramref name="ExpiresAt"/>.</param>
/// <param name="RefreshToken">Opaque, single use: each refresh answers a new one and retires this one.</param>
/// <param name="RefreshTokenExpiresAt">When the refresh token stops being accepted (UTC).</param>
/// <param name="SessionId">The device session these tokens belong to.</param>
public sealed record AccessTokenResponse(
    string AccessToken,
    string TokenType,
    DateTimeOffset ExpiresAt,
    int ExpiresIn,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt,
    Guid SessionId)
{
    public const string BearerTokenType = "Bearer";

    /// <summary>Keeps the tokens out of anything that prints the response.</summary>
    public override string ToString() => $"{nameof(AccessTokenResponse)} {{ SessionId = {SessionId}, ExpiresAt = {ExpiresAt:O} }}";
}

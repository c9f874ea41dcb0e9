namespace Platform.Application.Identity.Login;

/// <summary>A bearer token to send as <c>Authorization: Bearer &lt;accessToken&gt;</c> until it expires.</summary>
/// <param name="AccessToken">The signed JWT.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresAt">When the token stops being accepted (UTC).</param>
/// <param name="ExpiresIn">Seconds from now until <paramref name="ExpiresAt"/>.</param>
public sealed record AccessTokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, int ExpiresIn);

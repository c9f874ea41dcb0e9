namespace Platform.Application.Identity;

/// <summary>
/// What a web client gets from login and refresh: the tokens themselves travel in HttpOnly cookies, so the page
/// only learns their lifetimes and the CSRF token to echo in <c>X-CSRF-Token</c>.
/// </summary>
/// <param name="TokenType">Always <c>Cookie</c>: what tells this answer from the bearer tokens (<c>Bearer</c>).</param>
/// <param name="ExpiresAt">When the access cookie's token stops being accepted (UTC): refresh before then.</param>
/// <param name="ExpiresIn">Seconds from now until <paramref name="ExpiresAt"/>.</param>
/// <param name="RefreshTokenExpiresAt">When the refresh cookie's token stops being accepted (UTC).</param>
/// <param name="SessionId">The device session.</param>
/// <param name="CsrfToken">The value of the CSRF cookie, to send as <c>X-CSRF-Token</c> on POST, PUT, PATCH and DELETE.</param>
public sealed record WebSessionResponse(
    string TokenType, DateTimeOffset ExpiresAt, int ExpiresIn, DateTimeOffset RefreshTokenExpiresAt, Guid SessionId, string CsrfToken)
{
    public const string CookieTokenType = "Cookie";

    /// <summary>Keeps the CSRF token out of anything that prints the response.</summary>
    public override string ToString() => $"{nameof(WebSessionResponse)} {{ SessionId = {SessionId}, ExpiresAt = {ExpiresAt:O} }}";
}

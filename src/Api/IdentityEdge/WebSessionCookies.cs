using System.Security.Cryptography;
using System.Text;
using Platform.Application.Identity;

namespace Platform.Api.IdentityEdge;

/// <summary>
/// The cookies of a web client (<c>X-App-Type: web</c>): the access token (HttpOnly, sent to every API route), the refresh
/// token (HttpOnly, sent only to the auth routes) and a CSRF token (readable by the page's script, which echoes it in
/// <c>X-CSRF-Token</c> on unsafe requests). All are <c>Secure</c> and <c>SameSite=Strict</c>; the CSRF cookie has the
/// <c>__Host-</c> prefix, so a sibling subdomain cannot plant one (the weak point of plain double-submit cookies).
/// </summary>
internal static class WebSessionCookies
{
    public const string WebAppType = "web";
    public const string AccessCookie = "__Host-platform-access";
    public const string RefreshCookie = "__Secure-platform-refresh";
    public const string CsrfCookie = "__Host-platform-csrf";
    public const string CsrfHeader = "X-CSRF-Token";
    public const string RefreshPath = "/api/v1/auth";

    private static readonly object CookieAuthenticatedKey = new();

    /// <summary>Sets the three cookies and answers the body a web client gets instead of the tokens.</summary>
    public static WebSessionResponse Write(HttpResponse response, AccessTokenResponse tokens)
    {
        var csrfToken = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        response.Cookies.Append(AccessCookie, tokens.AccessToken, Options(httpOnly: true, "/", tokens.ExpiresAt));
        response.Cookies.Append(RefreshCookie, tokens.RefreshToken, Options(httpOnly: true, RefreshPath, tokens.RefreshTokenExpiresAt));
        response.Cookies.Append(CsrfCookie, csrfToken, Options(httpOnly: false, "/", tokens.RefreshTokenExpiresAt));
        return new WebSessionResponse(WebSessionResponse.CookieTokenType, tokens.ExpiresAt, tokens.ExpiresIn, tokens.RefreshTokenExpiresAt, tokens.SessionId, csrfToken);
    }

    public static void Clear(HttpResponse response)
    {
        response.Cookies.Delete(AccessCookie, Options(httpOnly: true, "/", expires: null));
        response.Cookies.Delete(RefreshCookie, Options(httpOnly: true, RefreshPath, expires: null));
        response.Cookies.Delete(CsrfCookie, Options(httpOnly: false, "/", expires: null));
    }

    public static bool IsWebClient(HttpContext http) => ClientDeviceFilter.DeviceOf(http).AppType == WebAppType;

    public static string? RefreshTokenOf(HttpRequest request) => request.Cookies[RefreshCookie];

    /// <summary>Called by the bearer handler when it took the access token from the cookie rather than the header.</summary>
    public static void MarkCookieAuthenticated(HttpContext http) => http.Items[CookieAuthenticatedKey] = true;

    public static bool IsCookieAuthenticated(HttpContext http) => http.Items.ContainsKey(CookieAuthenticatedKey);

    /// <summary>The <c>X-CSRF-Token</c> header equals the CSRF cookie (compared in constant time).</summary>
    public static bool HasValidCsrfToken(HttpRequest request)
    {
        var cookie = request.Cookies[CsrfCookie];
        var header = request.Headers[CsrfHeader].ToString();
        return !string.IsNullOrEmpty(cookie)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(header));
    }

    public static bool IsUnsafe(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult CsrfRejection() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "The request lacks the CSRF token.",
            detail: $"Requests authenticated by cookie that change something must send the {CsrfCookie} cookie's value in {CsrfHeader}.",
            extensions: new Dictionary<string, object?> { ["code"] = ProblemCodes.CsrfTokenInvalid });

    private static CookieOptions Options(bool httpOnly, string path, DateTimeOffset? expires) => new()
    {
        HttpOnly = httpOnly,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Path = path,
        Expires = expires,
        IsEssential = true,
    };
}

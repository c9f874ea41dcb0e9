using Platform.Application.Identity;
using Platform.Domain.Common;

namespace Platform.Api.IdentityEdge;

internal static class SessionTokenResults
{
    /// <summary>The token pair in the body for bearer clients; for a web client, in cookies with a CSRF token in the body.</summary>
    public static Results<Ok<AccessTokenResponse>, Ok<WebSessionResponse>, ProblemHttpResult> ToTokensFor(this Result<AccessTokenResponse> result, HttpContext http)
    {
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        return WebSessionCookies.IsWebClient(http)
            ? TypedResults.Ok(WebSessionCookies.Write(http.Response, result.Value))
            : TypedResults.Ok(result.Value);
    }

    /// <summary>204 after a logout; a web client's cookies are cleared with it.</summary>
    public static Results<NoContent, ProblemHttpResult> ToNoContentEndingWebSession<T>(this Result<T> result, HttpContext http)
    {
        if (result.IsSuccess && WebSessionCookies.IsCookieAuthenticated(http))
        {
            WebSessionCookies.Clear(http.Response);
        }

        return result.ToNoContent();
    }
}

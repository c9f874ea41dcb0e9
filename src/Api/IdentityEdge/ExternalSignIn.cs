using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Application.Identity.SignInExternalUser;
using Platform.Domain.Common;

namespace Platform.Api.IdentityEdge;

/// <summary>
/// The second bearer scheme: access tokens of the configured OpenID Connect provider. Once the handler has validated one
/// (signature from the provider's JWKS, issuer, audience, lifetime), its identity is mapped to the local account, and the
/// principal becomes that account: local id in <c>sub</c>, local roles, the provider in <c>idp</c>. There is no local
/// session (<c>sid</c>), so the endpoints about this device's session refuse such callers.
/// </summary>
internal static class ExternalSignIn
{
    public const string Scheme = "Oidc";

    /// <summary>The default scheme when OIDC is on: it picks the scheme by the token's issuer.</summary>
    public const string SelectorScheme = "BearerOrOidc";

    public static async Task MapToLocalUserAsync(TokenValidatedContext context)
    {
        var token = (JsonWebToken)context.SecurityToken;
        var claims = context.Principal!;
        var command = new SignInExternalUserCommand(
            token.Issuer,
            token.Subject,
            claims.FindFirst("email")?.Value,
            string.Equals(claims.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase),
            claims.FindFirst("name")?.Value ?? claims.FindFirst("preferred_username")?.Value);
        var mediator = context.HttpContext.RequestServices.GetRequiredService<IMediator>();
        var result = await mediator.Send(command, context.HttpContext.RequestAborted);
        if (result is { IsSuccess: false, Error.Kind: ErrorKind.Conflict })
        {
            // A parallel first call linked or created the account a moment ago: it is found now.
            result = await mediator.Send(command, context.HttpContext.RequestAborted);
        }

        if (!result.IsSuccess)
        {
            context.Fail(new ExternalSignInRefusedException(result.Error.Code, result.Error.Message));
            return;
        }

        var identity = new ClaimsIdentity(
            [new Claim("sub", result.Value.UserId.ToString()), new Claim("idp", token.Issuer), .. result.Value.Roles.Select(role => new Claim("role", role))],
            Scheme,
            "sub",
            "role");
        context.Principal = new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// Bearer tokens (or a hub connection's query token) issued by someone other than this API go to the OIDC scheme;
    /// everything else (own tokens, cookies, none) to the local one.
    /// </summary>
    public static string SchemeFor(HttpContext http, string localIssuer)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : Realtime.HubAccessToken.From(http.Request);
        if (token is null)
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }

        return IssuerOf(token) is { Length: > 0 } issuer && issuer != localIssuer
            ? Scheme
            : JwtBearerDefaults.AuthenticationScheme;
    }

    /// <summary>The unvalidated <c>iss</c> of a JWT, or null for anything that does not parse (the local scheme then answers 401).</summary>
    private static string? IssuerOf(string token)
    {
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return handler.ReadJsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

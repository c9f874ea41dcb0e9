using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Api.IdentityEdge;

/// <summary>Answers a failed bearer authentication with a 401 problem that says why: no token, an expired one, one of an ended session, or an invalid one.</summary>
internal static class BearerChallenge
{
    public static async Task WriteProblemAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var (code, detail) = context.AuthenticateFailure switch
        {
            SecurityTokenExpiredException => (ProblemCodes.TokenExpired, "The access token has expired; sign in again."),
            SessionRevokedException => (ProblemCodes.SessionRevoked, "The session of this access token has ended; sign in again."),
            ExternalSignInRefusedException refused => (refused.Code, refused.Message),
            not null => (ProblemCodes.TokenInvalid, "The access token is invalid."),
            null => (ProblemCodes.Unauthenticated, "This endpoint needs an access token: send Authorization: Bearer <token>."),
        };

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = code == ProblemCodes.Unauthenticated
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{detail}\"";
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Authentication is required.",
                Detail = detail,
                Extensions = { ["code"] = code },
            },
        });
    }
}

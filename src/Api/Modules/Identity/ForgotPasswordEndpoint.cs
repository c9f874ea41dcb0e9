using System.ComponentModel.DataAnnotations;
using Platform.Application.Identity.ForgotPassword;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Identity;

internal static class ForgotPasswordEndpoint
{
    public static RouteHandlerBuilder MapForgotPassword(this IEndpointRouteBuilder group) =>
        MapAt(group, "/password/forgot").WithName("ForgotPassword");

    /// <summary>The endpoint at a route (the legacy route <see cref="RequestPasswordResetEndpoint"/> shares it).</summary>
    public static RouteHandlerBuilder MapAt(IEndpointRouteBuilder group, string route) =>
        group.MapPost(route, async Task<Results<Accepted<ForgotPasswordResponse>, ProblemHttpResult>> (
                ForgotPasswordRequest body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var result = await mediator.Send(new ForgotPasswordCommand(body.Email)
                {
                    Locale = RequestLanguage.PreferredLocale(http), IpAddress = http.Connection.RemoteIpAddress?.ToString(),
                }, cancellationToken);
                return result.IsSuccess ? TypedResults.Accepted((string?)null, result.Value) : result.Error.ToProblem();
            })
            .AllowAnonymous()
            .RequireAuthRateLimits<ForgotPasswordRequest>(AuthRateLimits.PasswordForgotPolicy, body => body.Email)
            .WithSummary("Ask for a password reset link by e-mail")
            .WithDescription(
                "Always 202 with the same body, whether or not an account uses the address. The mail (plain text and HTML, " +
                "in the language of `Accept-Language`: en or ru, else the account's) carries a single-use link valid for 30 minutes.")
            .ProducesValidationProblem();
}

/// <summary>Asks for a password reset link by e-mail. The answer is the same whether or not the account exists.</summary>
/// <param name="Email">The address of the account.</param>
public sealed record ForgotPasswordRequest([property: StringLength(Email.MaxLength)] string Email);

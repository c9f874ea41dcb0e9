using Platform.Application.Identity.ForgotPassword;

namespace Platform.Api.Modules.Identity;

internal sealed class ForgotPasswordEndpoint : IEndpoint<AuthModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) => MapAt(group, "/password/forgot");

    /// <summary>The endpoint at a route (the legacy route <see cref="RequestPasswordResetEndpoint"/> shares it).</summary>
    public static RouteHandlerBuilder MapAt(IEndpointRouteBuilder group, string route) =>
        group.MapPost(route, async Task<Results<Accepted<ForgotPasswordResponse>, ProblemHttpResult>> (
                ForgotPasswordCommand command, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var result = await mediator.Send(command with { Locale = RequestLanguage.PreferredLocale(http) }, cancellationToken);
                return result.IsSuccess ? TypedResults.Accepted((string?)null, result.Value) : result.Error.ToProblem();
            })
            .AllowAnonymous()
            .RequireAuthRateLimits<ForgotPasswordCommand>(AuthRateLimits.PasswordForgotPolicy, command => command.Email)
            .WithSummary("Ask for a password reset link by e-mail")
            .WithDescription(
                "Always 202 with the same body, whether or not an account uses the address. The mail (plain text and HTML, " +
                "in the language of `Accept-Language`: en or ru, else the account's) carries a single-use link valid for 30 minutes.")
            .ProducesValidationProblem();
}

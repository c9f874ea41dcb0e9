using Asp.Versioning;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Api.Http;
using Platform.Application.Identity.Login;

namespace Platform.Api.Modules.Identity;

internal sealed class LoginEndpoint : IEndpoint<AuthModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/login", async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> (
                LoginCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).ToOk())
            .AllowAnonymous()
            .WithSummary("Sign in and get an access token")
            .WithDescription("Answers a 15-minute bearer JWT. A wrong e-mail and a wrong password give the same 401 `invalid_credentials`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}

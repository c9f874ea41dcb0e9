using Asp.Versioning;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Api.Http;
using Platform.Application.Identity;
using Platform.Application.Identity.RefreshSession;

namespace Platform.Api.Modules.Identity;

internal sealed class RefreshSessionEndpoint : IEndpoint<AuthModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/refresh", async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> (
                RefreshSessionCommand command, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { Device = ClientDeviceFilter.DeviceOf(http) }, cancellationToken)).ToOk())
            .AllowAnonymous()
            .RequireClientDevice()
            .WithSummary("Trade a refresh token for a new token pair (rotation)")
            .WithDescription("The presented refresh token is used up. Presenting a used one again ends the session (401 `refresh_token_reused`); of concurrent refreshes with one token exactly one succeeds (the others get 401 `refresh_token_superseded`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}

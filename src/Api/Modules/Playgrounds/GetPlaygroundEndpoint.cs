using Platform.Application.Playgrounds;
using Platform.Application.Playgrounds.GetPlayground;

namespace Platform.Api.Modules.Playgrounds;

internal static class GetPlaygroundEndpoint
{
    public static RouteHandlerBuilder MapGetPlayground(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<PlaygroundResponse>, ProblemHttpResult>> (
                Guid id, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPlaygroundQuery(id), cancellationToken)).ToOkWithEntityTag(http, playground => playground.Version))
            .WithSummary("One playground")
            .WithDescription("Every signed-in user reads every playground; an unknown id answers 404 `playground_not_found`. The ETag names the version that `PUT` needs in If-Match.")
            .WithName("GetPlayground")
            .ProducesProblem(StatusCodes.Status404NotFound);
}

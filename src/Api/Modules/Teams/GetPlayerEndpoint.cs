using Platform.Application.Teams;
using Platform.Application.Teams.GetPlayer;

namespace Platform.Api.Modules.Teams;

internal static class GetPlayerEndpoint
{
    public static RouteHandlerBuilder MapGetPlayer(this IEndpointRouteBuilder group) =>
        group.MapGet("/{userId:guid}", async Task<Results<Ok<PlayerResponse>, ProblemHttpResult>> (
                Guid userId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPlayerQuery(userId), cancellationToken)).ToOk())
            .WithSummary("A player: sports, positions, city and teams")
            .WithDescription("Every signed-in user reads every player; someone who never saved a profile has the empty one. No such account: 404 `player_not_found`.")
            .WithName("GetPlayer")
            .ProducesProblem(StatusCodes.Status404NotFound);
}

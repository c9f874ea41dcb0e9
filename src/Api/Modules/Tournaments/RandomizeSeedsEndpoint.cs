using Platform.Application.Tournaments;
using Platform.Application.Tournaments.RandomizeSeeds;

namespace Platform.Api.Modules.Tournaments;

internal static class RandomizeSeedsEndpoint
{
    public static RouteHandlerBuilder MapRandomizeSeeds(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/seeds/randomize", async Task<Results<Ok<IReadOnlyList<EntryResponse>>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RandomizeSeedsCommand(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Draw the seeds by lot")
            .WithDescription("Orders the accepted entries at random and answers them by seed. Organisers only (403 `tournament_permission_denied`), an unknown id 404; after the start 409 `seeding_locked`.")
            .WithName("RandomizeSeeds")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

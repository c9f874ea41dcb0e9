using System.ComponentModel.DataAnnotations;
using Platform.Application.Tournaments;
using Platform.Application.Tournaments.SetSeeds;
using Platform.Domain.Community.Brackets;

namespace Platform.Api.Modules.Tournaments;

internal static class SetSeedsEndpoint
{
    public static RouteHandlerBuilder MapSetSeeds(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}/seeds", async Task<Results<Ok<IReadOnlyList<EntryResponse>>, ProblemHttpResult>> (
                Guid id, SetSeedsRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SetSeedsCommand(body.EntryIds) { Id = id, UserId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Order the accepted entries, top seed first")
            .WithDescription("Every accepted entry exactly once (400 `seeds_invalid`); answers the entries by seed. Organisers only (403 `tournament_permission_denied`), an unknown id 404; after the start 409 `seeding_locked`. Without it, seeds follow the order of acceptance.")
            .WithName("SetSeeds")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>The seeding.</summary>
/// <param name="EntryIds">The accepted entries' ids, the top seed first.</param>
public sealed record SetSeedsRequest([property: MaxLength(TournamentSettings.MaxCapacity)] IReadOnlyList<Guid>? EntryIds);

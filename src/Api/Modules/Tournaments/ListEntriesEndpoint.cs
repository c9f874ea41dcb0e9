using Platform.Application.Tournaments;
using Platform.Application.Tournaments.ListEntries;

namespace Platform.Api.Modules.Tournaments;

internal static class ListEntriesEndpoint
{
    public static RouteHandlerBuilder MapListEntries(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/entries", async Task<Results<Ok<IReadOnlyList<EntryResponse>>, ProblemHttpResult>> (
                Guid id, IMediator mediator, CancellationToken cancellationToken, string? status = null) =>
                (await mediator.Send(new ListEntriesQuery(id, status), cancellationToken)).ToOk())
            .WithSummary("A tournament's entries")
            .WithDescription("Accepted entries by seed, then the others in the order they were sent; `status`: pending, accepted, waitlisted, rejected or withdrawn. Every signed-in user reads them (at most the capacity plus the waitlist); an unknown id 404.")
            .WithName("ListEntries")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

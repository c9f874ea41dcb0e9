using Platform.Application.Tournaments;
using Platform.Application.Tournaments.ListEntries;

namespace Platform.Api.Modules.Tournaments;

internal static class ListEntriesEndpoint
{
    public static RouteHandlerBuilder MapListEntries(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/entries", async Task<Results<Ok<IReadOnlyList<EntryResponse>>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken, string? status = null) =>
                (await mediator.Send(new ListEntriesQuery(id, status, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("A tournament's entries")
            .WithDescription("Accepted entries by seed, then the others in the order they were sent; `status`: pending, accepted, waitlisted, rejected or withdrawn. Every signed-in user reads the field and its waitlist; pending, rejected and withdrawn entries are applications, listed only to the organisers and to the captain who sent them. An unknown id 404.")
            .WithName("ListEntries")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

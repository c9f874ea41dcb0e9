using Platform.Application.Tournaments;
using Platform.Application.Tournaments.AcceptEntry;

namespace Platform.Api.Modules.Tournaments;

internal static class AcceptEntryEndpoint
{
    public static RouteHandlerBuilder MapAcceptEntry(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/entries/{entryId:guid}/accept", async Task<Results<Ok<EntryResponse>, ProblemHttpResult>> (
                Guid id, Guid entryId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AcceptEntryCommand(id, entryId, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Accept a pending entry: into the field, or onto the waitlist past capacity")
            .WithDescription("Organisers only (403 `tournament_permission_denied`); an unknown tournament 404 `tournament_not_found`, entry 404 `entry_not_found`. While registration is open (409 `registration_closed`); a decided entry 409 `entry_not_pending`. Accepted entries take the next seed; the captain is told (accepted or waitlisted).")
            .WithName("AcceptEntry")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

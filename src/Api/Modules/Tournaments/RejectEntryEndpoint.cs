using Platform.Application.Tournaments;
using Platform.Application.Tournaments.RejectEntry;

namespace Platform.Api.Modules.Tournaments;

internal static class RejectEntryEndpoint
{
    public static RouteHandlerBuilder MapRejectEntry(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/entries/{entryId:guid}/reject", async Task<Results<Ok<EntryResponse>, ProblemHttpResult>> (
                Guid id, Guid entryId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RejectEntryCommand(id, entryId, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Reject a pending entry")
            .WithDescription("Organisers only (403 `tournament_permission_denied`); unknown ids 404. While registration is open (409 `registration_closed`); a decided entry 409 `entry_not_pending`.")
            .WithName("RejectEntry")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

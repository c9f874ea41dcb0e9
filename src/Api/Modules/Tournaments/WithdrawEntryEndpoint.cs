using Platform.Application.Tournaments;
using Platform.Application.Tournaments.WithdrawEntry;

namespace Platform.Api.Modules.Tournaments;

internal static class WithdrawEntryEndpoint
{
    public static RouteHandlerBuilder MapWithdrawEntry(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/entries/{entryId:guid}/withdraw", async Task<Results<Ok<EntryResponse>, ProblemHttpResult>> (
                Guid id, Guid entryId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new WithdrawEntryCommand(id, entryId, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("Withdraw an entry before the start")
            .WithDescription("An organiser or the team's captain (403 `tournament_permission_denied`); unknown ids 404. The seeds below close up and the first waitlisted entry takes the place as the last seed (its captain is told). After the start 409 `tournament_already_started`; a rejected or withdrawn entry 409 `entry_not_pending`.")
            .WithName("WithdrawEntry")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

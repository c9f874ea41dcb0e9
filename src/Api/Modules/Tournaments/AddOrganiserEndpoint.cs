using Platform.Application.Tournaments;
using Platform.Application.Tournaments.AddOrganiser;

namespace Platform.Api.Modules.Tournaments;

internal static class AddOrganiserEndpoint
{
    public static RouteHandlerBuilder MapAddOrganiser(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/organisers", async Task<Results<Ok<TournamentResponse>, ProblemHttpResult>> (
                Guid id, AddOrganiserRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AddOrganiserCommand(body.UserId) { Id = id, ActorId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Share the organising with another user")
            .WithDescription("Organisers only (403 `tournament_permission_denied`), an unknown tournament 404; an unknown user 422 `organiser_not_found`; at most 20 organisers (409 `too_many_organisers`). Adding an organiser again changes nothing.")
            .WithName("AddOrganiser")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>Who else organises.</summary>
/// <param name="UserId">The user's id.</param>
public sealed record AddOrganiserRequest(Guid? UserId);

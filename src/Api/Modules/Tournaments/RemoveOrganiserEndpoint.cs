using Platform.Application.Tournaments.RemoveOrganiser;

namespace Platform.Api.Modules.Tournaments;

internal static class RemoveOrganiserEndpoint
{
    public static RouteHandlerBuilder MapRemoveOrganiser(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}/organisers/{userId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, Guid userId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RemoveOrganiserCommand(id, userId, user.UserId()), cancellationToken)).ToNoContent())
            .WithSummary("Take an organiser off the tournament, or leave it")
            .WithDescription("Answers 204. Organisers only (403 `tournament_permission_denied`), an unknown tournament 404; the last organiser stays (409 `last_organiser`: add another first, or cancel the tournament). Removing a user who does not organise changes nothing.")
            .WithName("RemoveOrganiser")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

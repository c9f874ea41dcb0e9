using Platform.Application.Playgrounds.DeletePlayground;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Playgrounds;

internal static class DeletePlaygroundEndpoint
{
    public static RouteHandlerBuilder MapDeletePlayground(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeletePlaygroundCommand(id, user.UserId(), user.IsInRole(Role.Moderator)), cancellationToken)).ToNoContent())
            .WithSummary("Delete a playground")
            .WithDescription("Its creator or a moderator (others 403 `playground_permission_denied`); an unknown id is 404. Answers 204 once it is gone.")
            .WithName("DeletePlayground")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

using Platform.Application.Teams;
using Platform.Application.Teams.AcceptApplication;

namespace Platform.Api.Modules.Teams;

internal static class AcceptApplicationEndpoint
{
    public static RouteHandlerBuilder MapAcceptApplication(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/applications/{applicationId:guid}/accept", async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> (
                Guid id, Guid applicationId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AcceptApplicationCommand(id, applicationId, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("The captain takes the applicant onto the roster")
            .WithDescription("The captain only (403 `team_permission_denied`). A full roster is 409 `roster_full` (the application stays pending); a decided one 409 `application_not_pending`. The applicant is told. Someone who is neither the applicant nor the captain gets 404 `application_not_found`, like an unknown id.")
            .WithName("AcceptApplication")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

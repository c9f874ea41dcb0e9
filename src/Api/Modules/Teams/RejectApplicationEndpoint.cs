using Platform.Application.Teams;
using Platform.Application.Teams.RejectApplication;

namespace Platform.Api.Modules.Teams;

internal static class RejectApplicationEndpoint
{
    public static RouteHandlerBuilder MapRejectApplication(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/applications/{applicationId:guid}/reject", async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> (
                Guid id, Guid applicationId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RejectApplicationCommand(id, applicationId, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("The captain turns the application down; the applicant may apply to this team again after 7 days")
            .WithDescription("The captain only (403 `team_permission_denied`); a decided one is 409 `application_not_pending`. The applicant is told and may apply to this team again after 7 days. Someone who is neither the applicant nor the captain gets 404 `application_not_found`, like an unknown id.")
            .WithName("RejectApplication")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

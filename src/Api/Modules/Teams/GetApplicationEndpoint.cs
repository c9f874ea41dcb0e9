using Platform.Application.Teams;
using Platform.Application.Teams.GetApplication;

namespace Platform.Api.Modules.Teams;

internal static class GetApplicationEndpoint
{
    public static RouteHandlerBuilder MapGetApplication(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/applications/{applicationId:guid}", async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> (
                Guid id, Guid applicationId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetApplicationQuery(id, applicationId, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("One application to a team")
            .WithDescription("Its applicant and the team's captain read it; anyone else gets 404 `application_not_found`, like an unknown id.")
            .WithName("GetApplication")
            .ProducesProblem(StatusCodes.Status404NotFound);
}

using Platform.Application.Projects;
using Platform.Application.Projects.GetProject;

namespace Platform.Api.Modules.Projects;

internal static class GetProjectEndpoint
{
    public static RouteHandlerBuilder MapGetProject(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetProjectQuery(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("One project you are a member of")
            .WithDescription("Anyone else's project, like one that does not exist, is a 404 `project_not_found`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetProject");
}

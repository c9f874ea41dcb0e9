using Platform.Application.Projects;
using Platform.Application.Projects.ListMembers;

namespace Platform.Api.Modules.Projects;

internal static class ListMembersEndpoint
{
    public static RouteHandlerBuilder MapListMembers(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/members", async Task<Results<Ok<IReadOnlyList<MemberResponse>>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMembersQuery(id, user.UserId()), cancellationToken)).ToOk())
            .WithSummary("The members of a project, owner first")
            .WithDescription("Every member with their display name, role and when they joined; any member may read it. A project you are not a member of answers 404 `project_not_found`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListMembers");
}

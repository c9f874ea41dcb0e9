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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListMembers");
}

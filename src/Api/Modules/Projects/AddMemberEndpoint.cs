using Platform.Application.Projects;
using Platform.Application.Projects.AddMember;

namespace Platform.Api.Modules.Projects;

internal static class AddMemberEndpoint
{
    public static RouteHandlerBuilder MapAddMember(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/members", async Task<Results<Created<MemberResponse>, ProblemHttpResult>> (
                Guid id, AddMemberRequest body, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AddMemberCommand(body.UserId, body.Role) { ProjectId = id, ActorId = user.UserId() }, cancellationToken))
                    .ToCreated(member => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{member.UserId}"))
            .WithSummary("Add a user to a project (owners and maintainers)")
            .WithDescription("Body `{\"userId\": \"…\", \"role\": \"member\"}`; role: maintainer, member or viewer (the owner changes only by a transfer). 409 `project_member_exists`, 404 `user_not_found`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("AddMember");
}

/// <summary>Adds a user to a project; owners and maintainers may.</summary>
/// <param name="UserId">The account to add.</param>
/// <param name="Role">maintainer, member or viewer.</param>
public sealed record AddMemberRequest(Guid UserId, [property: ValuesFrom(typeof(ProjectNames), nameof(ProjectNames.MemberRoles))] string? Role);

using Platform.Application.Projects;
using Platform.Application.Projects.AddMember;

namespace Platform.Api.Modules.Projects;

internal sealed class AddMemberEndpoint : IEndpoint<ProjectsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/members", async Task<Results<Created<MemberResponse>, ProblemHttpResult>> (
                Guid id, AddMemberCommand command, ClaimsPrincipal user, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command with { ProjectId = id, ActorId = user.UserId() }, cancellationToken))
                    .ToCreated(member => $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{member.UserId}"))
            .WithSummary("Add a user to a project (owners and maintainers)")
            .WithDescription("Body `{\"userId\": \"…\", \"role\": \"member\"}`; role: maintainer, member or viewer (the owner changes only by a transfer). 409 `project_member_exists`, 404 `user_not_found`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

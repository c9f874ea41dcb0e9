using MapsterMapper;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.AddMember;

/// <summary>Adds a user to a project; owners and maintainers may.</summary>
public sealed record AddMemberCommand(Guid UserId, string? Role) : ICommand<MemberResponse>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    public required Guid ProjectId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid ActorId { get; init; }
}

internal sealed class AddMemberHandler(IProjectRepository projects, IUserDirectory users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<AddMemberCommand, Result<MemberResponse>>
{
    public async Task<Result<MemberResponse>> Handle(AddMemberCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        var allowed = project.Require(request.ActorId, ProjectRole.Maintainer);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var user = await users.FindAsync(request.UserId, cancellationToken);
        if (user is null)
        {
            return IUserDirectory.UserNotFound;
        }

        return project.AddMember(request.ActorId, user.Id, ProjectNames.RoleFrom(request.Role)!.Value, clock.GetUtcNow())
            .Map(added => mapper.Map<MemberResponse>(new ProjectMemberView(user.Id, user.DisplayName, added.Role, added.JoinedAt)));
    }
}

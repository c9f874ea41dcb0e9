using MapsterMapper;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.ChangeMemberRole;

/// <summary>Changes a member's role; owners and maintainers may. The owner's role changes only by a transfer.</summary>
public sealed record ChangeMemberRoleCommand(string? Role) : ICommand<MemberResponse>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    public required Guid ProjectId { get; init; }

    /// <summary>The member, set by the endpoint from the route.</summary>
    public required Guid UserId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid ActorId { get; init; }
}

internal sealed class ChangeMemberRoleHandler(IProjectRepository projects, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ChangeMemberRoleCommand, Result<MemberResponse>>
{
    public async Task<Result<MemberResponse>> Handle(ChangeMemberRoleCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        var changed = project.ChangeMemberRole(request.ActorId, request.UserId, ProjectNames.RoleFrom(request.Role)!.Value, clock.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        var member = (await projects.ListMembersAsync(project.Id, cancellationToken)).Single(view => view.UserId == request.UserId);
        return mapper.Map<MemberResponse>(member with { Role = changed.Value.Role });
    }
}

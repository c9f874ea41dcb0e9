using Platform.Domain.Projects;

namespace Platform.Application.Projects.ChangeMemberRole;

internal sealed class ChangeMemberRoleHandler(IProjectRepository projects, TimeProvider clock)
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
        return MemberResponse.From(member with { Role = changed.Value.Role });
    }
}

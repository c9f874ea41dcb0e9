using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Realtime;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.ChangeMemberRole;

internal sealed class ChangeMemberRoleHandler(IProjectRepository projects, CacheInvalidations invalidations, RealtimeEvents events, TimeProvider clock)
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

        invalidations.Add(ProjectsCacheTags.ForChange(project.Id, project.Members.Select(member => member.UserId)));

        events.RaiseMemberChange(ProjectRealtimeEvents.MemberRoleChanged, project, request.UserId, changed.Value.Role, request.ActorId);
        var member = (await projects.ListMembersAsync(project.Id, cancellationToken)).Single(view => view.UserId == request.UserId);
        return MemberResponse.From(member with { Role = changed.Value.Role });
    }
}

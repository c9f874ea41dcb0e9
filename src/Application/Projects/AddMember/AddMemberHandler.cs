using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Realtime;
using Platform.Application.Identity;
using Platform.Domain.Common;
using Platform.Domain.Identity;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.AddMember;

internal sealed class AddMemberHandler(IProjectRepository projects, IUserRepository users, CacheInvalidations invalidations, RealtimeEvents events, TimeProvider clock)
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

        var user = await users.FindByIdAsync(request.UserId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        var added = project.AddMember(request.ActorId, user.Id, ProjectNames.RoleFrom(request.Role)!.Value, clock.GetUtcNow());
        if (!added.IsSuccess)
        {
            return added.Error;
        }

        invalidations.Add(ProjectsCacheTags.ForChange(project.Id, project.Members.Select(member => member.UserId)));

        events.RaiseMemberChange(ProjectRealtimeEvents.MemberAdded, project, user.Id, added.Value.Role, request.ActorId);
        return MemberResponse.From(new ProjectMemberView(user.Id, user.DisplayName.Value, added.Value.Role, added.Value.JoinedAt));
    }
}

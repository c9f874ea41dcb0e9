using Platform.Application.Identity;
using Platform.Domain.Identity;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.AddMember;

internal sealed class AddMemberHandler(IProjectRepository projects, IUserRepository users, TimeProvider clock)
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

        return project.AddMember(request.ActorId, user.Id, ProjectNames.RoleFrom(request.Role)!.Value, clock.GetUtcNow())
            .Map(added => MemberResponse.From(new ProjectMemberView(user.Id, user.DisplayName.Value, added.Role, added.JoinedAt)));
    }
}

using Platform.Application.Identity.Contracts;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.AddMember;

internal sealed class AddMemberHandler(IProjectRepository projects, IUserDirectory users, TimeProvider clock)
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
            .Map(added => MemberResponse.From(new ProjectMemberView(user.Id, user.DisplayName, added.Role, added.JoinedAt)));
    }
}

using Platform.Domain.Projects;

namespace Platform.Application.Projects.RemoveMember;

internal sealed class RemoveMemberHandler(IProjectRepository projects, TimeProvider clock)
    : IRequestHandler<RemoveMemberCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RemoveMemberCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        return project.RemoveMember(request.ActorId, request.UserId, clock.GetUtcNow()).Map(_ => Unit.Value);
    }
}

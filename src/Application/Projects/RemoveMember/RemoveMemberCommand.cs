using Platform.Domain.Projects;

namespace Platform.Application.Projects.RemoveMember;

/// <summary>Takes a member out of a project (owners and maintainers), or leaves it (the member themselves; never the owner).</summary>
public sealed record RemoveMemberCommand(Guid ProjectId, Guid UserId, Guid ActorId) : ICommand<Unit>;

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

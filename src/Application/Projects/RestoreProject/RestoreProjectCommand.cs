using MapsterMapper;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.RestoreProject;

/// <summary>Makes an archived project writable again (owners and maintainers).</summary>
public sealed record RestoreProjectCommand(Guid Id, Guid UserId) : ICommand<ProjectV2Response>;

internal sealed class RestoreProjectHandler(IProjectRepository projects, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RestoreProjectCommand, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(RestoreProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        return project.Restore(request.UserId, clock.GetUtcNow()).Map(_ => mapper.MapFor<ProjectV2Response>(project, request.UserId));
    }
}

using MapsterMapper;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.ArchiveProject;

/// <summary>Makes a project read-only until it is restored (owners and maintainers).</summary>
public sealed record ArchiveProjectCommand(Guid Id, Guid UserId) : ICommand<ProjectV2Response>;

internal sealed class ArchiveProjectHandler(IProjectRepository projects, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ArchiveProjectCommand, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(ArchiveProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        return project.Archive(request.UserId, clock.GetUtcNow()).Map(_ => mapper.MapFor<ProjectV2Response>(project, request.UserId));
    }
}

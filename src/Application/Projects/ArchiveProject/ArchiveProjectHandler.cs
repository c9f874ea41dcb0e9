using MediatR;
using Platform.Application.Common.Caching;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.ArchiveProject;

internal sealed class ArchiveProjectHandler(IProjectRepository projects, CacheInvalidations invalidations, TimeProvider clock)
    : IRequestHandler<ArchiveProjectCommand, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(ArchiveProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        var changed = project.Archive(request.UserId, clock.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        invalidations.Add(ProjectsCacheTags.ForChange(project.Id, project.Members.Select(member => member.UserId)));
        return ProjectV2Response.From(project, request.UserId);
    }
}

using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Realtime;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.ArchiveProject;

internal sealed class ArchiveProjectHandler(IProjectRepository projects, CacheInvalidations invalidations, RealtimeEvents events, TimeProvider clock)
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

        events.RaiseProjectChange(ProjectRealtimeEvents.ProjectArchived, project, request.UserId);
        return ProjectV2Response.From(project, request.UserId);
    }
}

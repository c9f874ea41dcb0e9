using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Realtime;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.RestoreProject;

internal sealed class RestoreProjectHandler(IProjectRepository projects, CacheInvalidations invalidations, RealtimeEvents events, TimeProvider clock)
    : IRequestHandler<RestoreProjectCommand, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(RestoreProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        var changed = project.Restore(request.UserId, clock.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        invalidations.Add(ProjectsCacheTags.ForChange(project.Id, project.Members.Select(member => member.UserId)));

        events.RaiseProjectChange(ProjectRealtimeEvents.ProjectUpdated, project, request.UserId);
        return ProjectV2Response.From(project, request.UserId);
    }
}

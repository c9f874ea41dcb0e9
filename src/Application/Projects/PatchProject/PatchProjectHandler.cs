using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Realtime;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.PatchProject;

/// <summary>
/// Compares versions before changing anything (412 on a stale copy); a writer that passed the same check at the same
/// moment loses at the save instead, on the version's optimistic lock (also 412).
/// </summary>
internal sealed class PatchProjectHandler(IProjectRepository projects, CacheInvalidations invalidations, RealtimeEvents events, TimeProvider clock)
    : IRequestHandler<PatchProjectCommand, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(PatchProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null || !project.IsVisibleTo(request.UserId))
        {
            return ProjectsErrors.NotFound;
        }

        if (!project.IsAtVersion(request.ExpectedVersion))
        {
            return ProjectsErrors.VersionMismatch;
        }

        var patch = request.Patch;
        var updated = project.UpdateDetails(
            request.UserId,
            patch.HasName ? patch.Name : project.Name,
            patch.HasDescription ? patch.Description : project.Description,
            patch.HasTags ? patch.Tags : project.Tags,
            clock.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        invalidations.Add(ProjectsCacheTags.ForChange(project.Id, project.Members.Select(member => member.UserId)));

        events.RaiseProjectChange(ProjectRealtimeEvents.ProjectUpdated, project, request.UserId);
        return ProjectV2Response.From(project, request.UserId);
    }
}

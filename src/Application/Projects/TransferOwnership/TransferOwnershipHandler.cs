using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Realtime;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.TransferOwnership;

internal sealed class TransferOwnershipHandler(IProjectRepository projects, CacheInvalidations invalidations, RealtimeEvents events, TimeProvider clock)
    : IRequestHandler<TransferOwnershipCommand, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(TransferOwnershipCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        var transferred = project.TransferOwnership(request.ActorId, request.UserId, clock.GetUtcNow());
        if (!transferred.IsSuccess)
        {
            return transferred.Error;
        }

        invalidations.Add(ProjectsCacheTags.ForChange(project.Id, project.Members.Select(member => member.UserId)));

        events.RaiseProjectChange(ProjectRealtimeEvents.ProjectUpdated, project, request.ActorId);
        return ProjectV2Response.From(project, request.ActorId);
    }
}

using MediatR;
using Platform.Application.Common.Caching;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.TransferOwnership;

internal sealed class TransferOwnershipHandler(IProjectRepository projects, CacheInvalidations invalidations, TimeProvider clock)
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
        return ProjectV2Response.From(project, request.ActorId);
    }
}

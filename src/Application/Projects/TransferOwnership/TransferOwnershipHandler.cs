using Platform.Domain.Projects;

namespace Platform.Application.Projects.TransferOwnership;

internal sealed class TransferOwnershipHandler(IProjectRepository projects, TimeProvider clock)
    : IRequestHandler<TransferOwnershipCommand, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(TransferOwnershipCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        return project.TransferOwnership(request.ActorId, request.UserId, clock.GetUtcNow()).Map(_ => ProjectV2Response.From(project, request.ActorId));
    }
}

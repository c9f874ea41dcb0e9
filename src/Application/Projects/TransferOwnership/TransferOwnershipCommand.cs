using MapsterMapper;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.TransferOwnership;

/// <summary>Hands the project to another member (the owner only); the former owner stays as a maintainer.</summary>
public sealed record TransferOwnershipCommand(Guid UserId) : ICommand<ProjectV2Response>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    public required Guid ProjectId { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid ActorId { get; init; }
}

internal sealed class TransferOwnershipHandler(IProjectRepository projects, TimeProvider clock, IMapper mapper)
    : IRequestHandler<TransferOwnershipCommand, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(TransferOwnershipCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        return project.TransferOwnership(request.ActorId, request.UserId, clock.GetUtcNow()).Map(_ => mapper.MapFor<ProjectV2Response>(project, request.ActorId));
    }
}

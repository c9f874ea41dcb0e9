using MapsterMapper;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.PatchProject;

/// <summary>Changes some of a project's details, if the caller's copy (<paramref name="ExpectedVersion"/>, from If-Match) is current.</summary>
public sealed record PatchProjectCommand(Guid Id, Guid UserId, long ExpectedVersion, ProjectPatch Patch) : ICommand<ProjectV2Response>;

/// <summary>
/// Compares versions before changing anything (412 on a stale copy); a writer that passed the same check at the same
/// moment loses at the save instead, on the version's optimistic lock (also 412).
/// </summary>
internal sealed class PatchProjectHandler(IProjectRepository projects, TimeProvider clock, IMapper mapper)
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
        return project.UpdateDetails(
                request.UserId,
                patch.HasName ? patch.Name : project.Name,
                patch.HasDescription ? patch.Description : project.Description,
                patch.HasTags ? patch.Tags : project.Tags,
                clock.GetUtcNow())
            .Map(_ => mapper.MapFor<ProjectV2Response>(project, request.UserId));
    }
}

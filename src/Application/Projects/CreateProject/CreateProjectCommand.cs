using MapsterMapper;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.CreateProject;

/// <summary>Creates a project; the caller becomes its owner.</summary>
public sealed record CreateProjectCommand(string? Key, string? Name, string? Description = null, IReadOnlyList<string>? Tags = null)
    : ICommand<ProjectResponse>
{
    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}

internal sealed class CreateProjectHandler(IProjectRepository projects, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateProjectCommand, Result<ProjectResponse>>
{
    /// <summary>A taken key is found by the unique index when the unit of work saves (project_key_taken).</summary>
    public Task<Result<ProjectResponse>> Handle(CreateProjectCommand request, CancellationToken cancellationToken)
    {
        var created = Project.Create(request.OwnerId, request.Key, request.Name, request.Description, request.Tags, clock.GetUtcNow())
            .Map(project =>
            {
                projects.Add(project);
                return mapper.MapFor<ProjectResponse>(project, request.OwnerId);
            });
        return Task.FromResult(created);
    }
}

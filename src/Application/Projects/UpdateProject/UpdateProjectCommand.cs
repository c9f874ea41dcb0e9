using MapsterMapper;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.UpdateProject;

/// <summary>Replaces a project's name, description and tags (the key never changes).</summary>
public sealed record UpdateProjectCommand(string? Name, string? Description = null, IReadOnlyList<string>? Tags = null) : ICommand<ProjectResponse>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class UpdateProjectHandler(IProjectRepository projects, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateProjectCommand, Result<ProjectResponse>>
{
    public async Task<Result<ProjectResponse>> Handle(UpdateProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        return project.UpdateDetails(request.UserId, request.Name, request.Description, request.Tags, clock.GetUtcNow()).Map(_ => mapper.MapFor<ProjectResponse>(project, request.UserId));
    }
}

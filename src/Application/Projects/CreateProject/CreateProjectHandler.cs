using MediatR;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.CreateProject;

internal sealed class CreateProjectHandler(IProjectRepository projects, TimeProvider clock)
    : IRequestHandler<CreateProjectCommand, Result<ProjectResponse>>
{
    /// <summary>A taken key is found by the unique index when the unit of work saves (project_key_taken).</summary>
    public Task<Result<ProjectResponse>> Handle(CreateProjectCommand request, CancellationToken cancellationToken)
    {
        var project = Project.Create(request.OwnerId, request.Key, request.Name, request.Description, request.Tags, clock.GetUtcNow());
        if (!project.IsSuccess)
        {
            return Task.FromResult<Result<ProjectResponse>>(project.Error);
        }

        projects.Add(project.Value);
        return Task.FromResult<Result<ProjectResponse>>(ProjectResponse.From(project.Value, request.OwnerId));
    }
}

using Platform.Domain.Projects;

namespace Platform.Application.Projects.UpdateProject;

internal sealed class UpdateProjectHandler(IProjectRepository projects, TimeProvider clock)
    : IRequestHandler<UpdateProjectCommand, Result<ProjectResponse>>
{
    public async Task<Result<ProjectResponse>> Handle(UpdateProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        return project.UpdateDetails(request.UserId, request.Name, request.Description, request.Tags, clock.GetUtcNow()).Map(_ => ProjectResponse.From(project, request.UserId));
    }
}

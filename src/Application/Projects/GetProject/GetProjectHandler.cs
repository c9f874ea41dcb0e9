using Platform.Domain.Projects;

namespace Platform.Application.Projects.GetProject;

internal sealed class GetProjectHandler(IProjectRepository projects) : IRequestHandler<GetProjectQuery, Result<ProjectResponse>>
{
    public async Task<Result<ProjectResponse>> Handle(GetProjectQuery request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null || !project.IsVisibleTo(request.UserId))
        {
            return ProjectsErrors.NotFound;
        }

        return ProjectResponse.From(project, request.UserId);
    }
}

using Platform.Domain.Projects;

namespace Platform.Application.Projects.GetProjectV2;

internal sealed class GetProjectV2Handler(IProjectRepository projects) : IRequestHandler<GetProjectV2Query, Result<ProjectV2Response>>
{
    public async Task<Result<ProjectV2Response>> Handle(GetProjectV2Query request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null || !project.IsVisibleTo(request.UserId))
        {
            return ProjectsErrors.NotFound;
        }

        return ProjectV2Response.From(project, request.UserId);
    }
}

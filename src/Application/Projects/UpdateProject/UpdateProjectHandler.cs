using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Realtime;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.UpdateProject;

internal sealed class UpdateProjectHandler(IProjectRepository projects, CacheInvalidations invalidations, RealtimeEvents events, TimeProvider clock)
    : IRequestHandler<UpdateProjectCommand, Result<ProjectResponse>>
{
    public async Task<Result<ProjectResponse>> Handle(UpdateProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        var updated = project.UpdateDetails(request.UserId, request.Name, request.Description, request.Tags, clock.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        invalidations.Add(ProjectsCacheTags.ForChange(project.Id, project.Members.Select(member => member.UserId)));

        events.RaiseProjectChange(ProjectRealtimeEvents.ProjectUpdated, project, request.UserId);
        return ProjectResponse.From(project, request.UserId);
    }
}

using MediatR;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Realtime;
using Platform.Domain.Common;
using Platform.Domain.Projects;

namespace Platform.Application.Projects.DeleteProject;

internal sealed class DeleteProjectHandler(IProjectRepository projects, CacheInvalidations invalidations, RealtimeEvents events)
    : IRequestHandler<DeleteProjectCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        var allowed = project.AuthorizeDeletion(request.UserId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        projects.Remove(project);
        invalidations.Add(ProjectsCacheTags.ForChange(project.Id, project.Members.Select(member => member.UserId)));
        events.RaiseProjectChange(ProjectRealtimeEvents.ProjectDeleted, project, request.UserId);
        return Unit.Value;
    }
}

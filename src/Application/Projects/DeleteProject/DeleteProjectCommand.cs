using Platform.Domain.Projects;

namespace Platform.Application.Projects.DeleteProject;

/// <summary>Deletes a project with its members; only the owner may.</summary>
public sealed record DeleteProjectCommand(Guid Id, Guid UserId) : ICommand<Unit>;

internal sealed class DeleteProjectHandler(IProjectRepository projects)
    : IRequestHandler<DeleteProjectCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteProjectCommand request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(request.Id, cancellationToken);
        if (project is null)
        {
            return ProjectsErrors.NotFound;
        }

        var allowed = project.Delete(request.UserId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        projects.Remove(project);
        return Unit.Value;
    }
}

namespace Platform.Application.Projects.DeleteProject;

/// <summary>Deletes a project with its members; only the owner may.</summary>
public sealed record DeleteProjectCommand(Guid Id, Guid UserId) : ICommand<Unit>;

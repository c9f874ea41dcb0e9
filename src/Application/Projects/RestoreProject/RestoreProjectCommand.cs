namespace Platform.Application.Projects.RestoreProject;

/// <summary>Makes an archived project writable again (owners and maintainers).</summary>
public sealed record RestoreProjectCommand(Guid Id, Guid UserId) : ICommand<ProjectV2Response>;

namespace Platform.Application.Projects.ArchiveProject;

/// <summary>Makes a project read-only until it is restored (owners and maintainers).</summary>
public sealed record ArchiveProjectCommand(Guid Id, Guid UserId) : ICommand<ProjectV2Response>;

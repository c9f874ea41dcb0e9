namespace Platform.Application.Projects.PatchProject;

/// <summary>Changes some of a project's details, if the caller's copy (<paramref name="ExpectedVersion"/>, from If-Match) is current.</summary>
public sealed record PatchProjectCommand(Guid Id, Guid UserId, long ExpectedVersion, ProjectPatch Patch) : ICommand<ProjectV2Response>;

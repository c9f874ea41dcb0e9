namespace Platform.Application.Projects.CreateProject;

/// <summary>Creates a project; the caller becomes its owner.</summary>
public sealed record CreateProjectCommand(string? Key, string? Name, string? Description = null, IReadOnlyList<string>? Tags = null)
    : ICommand<ProjectResponse>
{
    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}

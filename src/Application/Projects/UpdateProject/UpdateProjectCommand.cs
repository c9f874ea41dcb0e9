using System.Text.Json.Serialization;

namespace Platform.Application.Projects.UpdateProject;

/// <summary>Replaces a project's name, description and tags (the key never changes).</summary>
/// <param name="Name">1 to 200 characters after trimming.</param>
/// <param name="Description">Up to 4000 characters; absent or null clears it.</param>
/// <param name="Tags">The complete set; absent or null clears them.</param>
public sealed record UpdateProjectCommand(string? Name, string? Description = null, IReadOnlyList<string>? Tags = null) : ICommand<ProjectResponse>
{
    /// <summary>The project, set by the endpoint from the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    [JsonIgnore]
    public Guid UserId { get; init; }
}

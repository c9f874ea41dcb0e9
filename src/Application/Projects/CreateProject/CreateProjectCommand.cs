using System.Text.Json.Serialization;

namespace Platform.Application.Projects.CreateProject;

/// <summary>Creates a project; the caller becomes its owner.</summary>
/// <param name="Key">2-10 letters and digits starting with a letter, unique (stored upper-case), e.g. GPR.</param>
/// <param name="Name">1 to 200 characters after trimming.</param>
/// <param name="Description">Up to 4000 characters.</param>
/// <param name="Tags">Up to 20 tags of 1-32 letters, digits, '-' or '_' (stored lower-case).</param>
public sealed record CreateProjectCommand(string? Key, string? Name, string? Description = null, IReadOnlyList<string>? Tags = null)
    : ICommand<ProjectResponse>
{
    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    [JsonIgnore]
    public Guid OwnerId { get; init; }
}

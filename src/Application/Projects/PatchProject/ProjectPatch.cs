namespace Platform.Application.Projects.PatchProject;

/// <summary>
/// A JSON Merge Patch (RFC 7386) of a project's details: a field that is present replaces the value (null clears the
/// description or the tags), a field that is absent stays as it is.
/// </summary>
public sealed record ProjectPatch(bool HasName, string? Name, bool HasDescription, string? Description, bool HasTags, IReadOnlyList<string>? Tags);

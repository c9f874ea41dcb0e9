namespace Platform.Application.Projects;

/// <summary>Where the previous page ended: the last item's sort value (a name, a time or a relevance score) and id.</summary>
public sealed record ProjectSearchPosition(string? Name, DateTimeOffset? Time, float? Score, Guid Id);

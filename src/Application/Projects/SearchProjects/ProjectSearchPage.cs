namespace Platform.Application.Projects.SearchProjects;

/// <summary>One page of the v2 project list.</summary>
/// <param name="Items">The projects of this page, each with the caller's role and its member count.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="NextCursor">Send it as <c>cursor</c> for the next page; null on the last page.</param>
public sealed record ProjectSearchPage(IReadOnlyList<ProjectV2Response> Items, int Limit, string? NextCursor);

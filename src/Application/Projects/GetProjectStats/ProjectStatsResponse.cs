namespace Platform.Application.Projects.GetProjectStats;

/// <summary>Counts over the projects the caller is a member of.</summary>
/// <param name="Total">All of them.</param>
/// <param name="Active">Those not archived.</param>
/// <param name="Archived">Those archived.</param>
/// <param name="CreatedPerWeek">One entry per week (Monday, UTC), oldest first, weeks without projects included.</param>
public sealed record ProjectStatsResponse(int Total, int Active, int Archived, IReadOnlyList<WeekCount> CreatedPerWeek);

namespace Platform.Application.Projects;

/// <summary>What the repository counts for the statistics of a member's projects.</summary>
public sealed record ProjectStats(int Active, int Archived, IReadOnlyList<WeekCount> CreatedPerWeek);

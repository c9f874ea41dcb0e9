namespace Platform.Domain.Matches;

/// <summary>A result one side reported, waiting for the other side's confirmation; with the reporting side's lineup.</summary>
public sealed record MatchReport(Guid ReportedByTeamId, Guid ReportedBy, MatchResult Result, IReadOnlyList<Guid> Lineup, DateTimeOffset ReportedAt);

namespace Platform.Domain.Matches;

/// <summary>One step in a match's life: what happened, who did it (null for the platform itself) and when.</summary>
public sealed record MatchHistoryEntry(DateTimeOffset At, Guid? ActorId, string Action, string Details);

namespace Platform.Domain.Tournaments;

/// <summary>A tournament's life: draft → registration → in progress → completed, or cancelled.</summary>
public enum TournamentState
{
    Draft,
    Registration,
    InProgress,
    Completed,
    Cancelled,
}

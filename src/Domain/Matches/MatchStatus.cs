namespace Platform.Domain.Matches;

/// <summary>
/// Where a match stands. A friendly goes proposed → scheduled → awaiting confirmation → completed (or disputed, then
/// decided); a tournament match starts pending until both sides are known, then ready. Decided means completed or forfeit.
/// </summary>
public enum MatchStatus
{
    Proposed,
    Scheduled,
    Pending,
    Ready,
    AwaitingConfirmation,
    Disputed,
    Completed,
    Forfeit,
    Cancelled,
    NotNeeded,
}

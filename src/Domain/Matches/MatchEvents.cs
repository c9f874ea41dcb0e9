namespace Platform.Domain.Matches;

/// <summary>What happened to a match, raised by <see cref="Match"/> only; each names both teams, and its tournament if it has one.</summary>
public abstract record MatchEvent(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId) : IDomainEvent
{
    public Guid? TournamentId { get; init; }
}

/// <summary>A friendly was proposed (or moved): <paramref name="AnsweringCaptainId"/>'s side answers.</summary>
public sealed record MatchProposed(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid AnsweringCaptainId, DateTimeOffset ScheduledAt)
    : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

public sealed record MatchScheduled(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, DateTimeOffset ScheduledAt) : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

/// <summary>Declined or cancelled by a captain.</summary>
public sealed record MatchCancelled(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid ActorId) : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

/// <summary>A side reported a result; <paramref name="ConfirmingTeamId"/> confirms or disputes it by <paramref name="Deadline"/>.</summary>
public sealed record MatchResultReported(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid ReportingTeamId, Guid ConfirmingTeamId, DateTimeOffset Deadline)
    : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

public sealed record MatchDisputed(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid ActorId, string Reason) : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

/// <summary>
/// The result is final: confirmed, reported the same, decided by someone who decides (<paramref name="ByDecision"/>), or
/// confirmed at the deadline (<paramref name="AutoConfirmed"/>); with both lineups. A tournament's bracket advances on it
/// in the same transaction.
/// </summary>
public sealed record MatchCompleted(
    Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, int HomeScore, int AwayScore, Guid? WinnerTeamId, bool AutoConfirmed, bool ByDecision,
    IReadOnlyList<Guid> HomeLineup, IReadOnlyList<Guid> AwayLineup) : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

/// <summary>
/// A tournament match was decided without being played: <paramref name="ForfeitedBy"/> did not show or withdrew (empty
/// for a walkover); <paramref name="WinnerTeamId"/> goes on (null when neither showed). The bracket advances on it.
/// </summary>
public sealed record MatchForfeited(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, IReadOnlyList<Guid> ForfeitedBy, Guid? WinnerTeamId)
    : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

/// <summary>
/// A decided match was given another result by someone who decides; <paramref name="PreviousWinnerTeamId"/> and
/// <paramref name="WinnerTeamId"/> differ when the winner changed (null: a draw, or nobody after a double forfeit).
/// </summary>
public sealed record MatchResultRevised(
    Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid? PreviousWinnerTeamId, Guid? WinnerTeamId, int HomeScore, int AwayScore)
    : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

/// <summary>
/// What a tournament match had reported or decided was undone because an earlier result changed (the match is pending
/// again, or gone with its Swiss round): statistics and awards drawn from it are to be undone.
/// </summary>
public sealed record MatchResultReverted(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId, Guid? PreviousWinnerTeamId)
    : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

/// <summary>A tournament match's two sides are known: it can be played, and both captains are told.</summary>
public sealed record MatchReady(Guid MatchId, Guid HomeTeamId, Guid AwayTeamId) : MatchEvent(MatchId, HomeTeamId, AwayTeamId);

/// <summary>A planned tournament match its bracket no longer needs (a grand final's reset); it never had two sides to name.</summary>
public sealed record MatchNotNeeded(Guid MatchId, Guid TournamentId) : IDomainEvent;

/// <summary>An organiser set or moved a tournament match's kickoff; a side its bracket has not sent yet is null.</summary>
public sealed record MatchKickoffSet(Guid MatchId, Guid TournamentId, Guid? HomeTeamId, Guid? AwayTeamId, DateTimeOffset ScheduledAt) : IDomainEvent;

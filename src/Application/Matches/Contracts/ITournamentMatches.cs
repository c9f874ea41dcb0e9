using Platform.Domain.Community.Brackets;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.Contracts;

/// <summary>
/// The matches a tournament's draw plans, as the Matches module keeps them: the Tournaments module plans them at the
/// start and, as results come in, seats the teams the bracket sends and sets aside the matches it no longer needs.
/// Changes join the caller's unit of work.
/// </summary>
public interface ITournamentMatches
{
    /// <summary>Adds the planned matches: ready where both teams are known (no event: the start tells the captains), pending otherwise.</summary>
    void Plan(Guid tournamentId, string sport, TournamentMatchTerms terms, IEnumerable<PlannedTournamentMatch> matches, DateTimeOffset now);

    /// <summary>The tournament's matches in bracket order (side, round, number), as this unit of work has them (its own changes included).</summary>
    Task<IReadOnlyList<TournamentMatchCard>> ListAsync(Guid tournamentId, CancellationToken cancellationToken);

    /// <summary>Puts the teams the bracket now sends into a pending match (nobody for a side not known yet).</summary>
    Task SeatAsync(Guid matchId, Guid? homeTeamId, Guid? awayTeamId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets aside a pending match the bracket no longer needs.</summary>
    Task SetNotNeededAsync(Guid matchId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sends a match back to pending, its sides and result cleared, after an earlier result changed.</summary>
    Task ReopenAsync(Guid matchId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes away a match of a Swiss round that is to be paired again, reverting what it had.</summary>
    Task DiscardAsync(Guid matchId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Decides a match nobody plays: <paramref name="absentTeamIds"/> forfeit (a withdrawn team), or none do (a walkover:
    /// the other side never comes); seats the sides named first.
    /// </summary>
    Task AwardWithoutPlayAsync(Guid matchId, Guid? homeTeamId, Guid? awayTeamId, IReadOnlyCollection<Guid> absentTeamIds, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>How a tournament's matches are played: whether a level score may stand, and how long a report waits for the other side.</summary>
public sealed record TournamentMatchTerms(bool DrawAllowed, TimeSpan ConfirmationWindow);

/// <summary>A match to plan: its place in the draw and the teams already known (the seeds of a first round).</summary>
public sealed record PlannedTournamentMatch(BracketSide? Side, int Round, int Number, Guid? HomeTeamId, Guid? AwayTeamId);

/// <summary>
/// A tournament's match as the bracket needs it: its place, sides, status and, once decided, its result (the winner,
/// null for a draw; <c>ForfeitedBy</c> once forfeit: the teams that did not show or withdrew, empty for a walkover).
/// </summary>
public sealed record TournamentMatchCard(
    Guid Id, BracketSide? Side, int Round, int Number, Guid? HomeTeamId, Guid? AwayTeamId, MatchStatus Status, int? HomeScore, int? AwayScore, Guid? WinnerTeamId,
    IReadOnlyList<Guid> ForfeitedBy)
{
    public bool IsDecided => Status is MatchStatus.Completed or MatchStatus.Forfeit;
}

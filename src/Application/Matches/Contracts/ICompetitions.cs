namespace Platform.Application.Matches.Contracts;

/// <summary>
/// What the Matches module needs to know of the competition a match belongs to: who organises it, and so decides its
/// disputes and reads its reports. The Tournaments module answers it, so matches do not depend on tournaments.
/// </summary>
public interface ICompetitions
{
    /// <summary>Whether there is such a tournament.</summary>
    Task<bool> ExistsAsync(Guid tournamentId, CancellationToken cancellationToken);

    /// <summary>
    /// The later matches a new winner of <paramref name="matchId"/> would change that already have a report or a result:
    /// those it feeds in an elimination bracket, the later rounds of a Swiss; none in a round robin.
    /// </summary>
    Task<IReadOnlyList<Guid>> AffectedByNewWinnerAsync(Guid tournamentId, Guid matchId, CancellationToken cancellationToken);

    /// <summary>Whether the user organises the tournament.</summary>
    Task<bool> IsOrganiserAsync(Guid tournamentId, Guid userId, CancellationToken cancellationToken);
}

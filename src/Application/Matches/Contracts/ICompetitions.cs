namespace Platform.Application.Matches.Contracts;

/// <summary>
/// What the Matches module needs to know of the competition a match belongs to: who organises it, and so decides its
/// disputes and reads its reports. The Tournaments module answers it, so matches do not depend on tournaments.
/// </summary>
public interface ICompetitions
{
    /// <summary>Whether there is such a tournament.</summary>
    Task<bool> ExistsAsync(Guid tournamentId, CancellationToken cancellationToken);

    /// <summary>Whether the user organises the tournament.</summary>
    Task<bool> IsOrganiserAsync(Guid tournamentId, Guid userId, CancellationToken cancellationToken);
}

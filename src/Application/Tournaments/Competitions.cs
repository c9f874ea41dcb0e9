using Platform.Application.Matches.Contracts;

namespace Platform.Application.Tournaments;

/// <summary>The Tournaments module's answer to the Matches module's <see cref="ICompetitions"/>.</summary>
internal sealed class Competitions(ITournamentRepository tournaments) : ICompetitions
{
    public async Task<bool> ExistsAsync(Guid tournamentId, CancellationToken cancellationToken) =>
        await tournaments.FindAsync(tournamentId, cancellationToken) is not null;

    public Task<bool> IsOrganiserAsync(Guid tournamentId, Guid userId, CancellationToken cancellationToken) =>
        tournaments.IsOrganiserAsync(tournamentId, userId, cancellationToken);
}

using Platform.Application.Matches.Contracts;

namespace Platform.Application.Tournaments;

/// <summary>The Tournaments module's answer to the Matches module's <see cref="ICompetitions"/>.</summary>
internal sealed class Competitions(ITournamentRepository tournaments, ITournamentMatches matches) : ICompetitions
{
    public async Task<IReadOnlyList<Guid>> AffectedByNewWinnerAsync(Guid tournamentId, Guid matchId, CancellationToken cancellationToken)
    {
        if (await tournaments.FindAsync(tournamentId, cancellationToken) is not { } tournament)
        {
            return [];
        }

        var cards = await matches.ListAsync(tournamentId, cancellationToken);
        return cards.FirstOrDefault(card => card.Id == matchId) is { } changed
            ? [.. TournamentDownstream.Of(tournament, cards, changed).Where(TournamentDownstream.HasReportOrResult).Select(card => card.Id)]
            : [];
    }

    public async Task<bool> ExistsAsync(Guid tournamentId, CancellationToken cancellationToken) =>
        await tournaments.FindAsync(tournamentId, cancellationToken) is not null;

    public Task<bool> IsOrganiserAsync(Guid tournamentId, Guid userId, CancellationToken cancellationToken) =>
        tournaments.IsOrganiserAsync(tournamentId, userId, cancellationToken);
}

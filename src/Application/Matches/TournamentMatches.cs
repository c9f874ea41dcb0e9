using Platform.Application.Matches.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>The Matches module's side of <see cref="ITournamentMatches"/>: tournament matches are matches like any other.</summary>
internal sealed class TournamentMatches(IMatchRepository matches) : ITournamentMatches
{
    public void Plan(Guid tournamentId, string sport, TournamentMatchTerms terms, IEnumerable<PlannedTournamentMatch> planned, DateTimeOffset now)
    {
        foreach (var match in planned)
        {
            matches.Add(Match.ForTournament(
                tournamentId, match.Side, match.Round, match.Number, sport, match.HomeTeamId, match.AwayTeamId, terms.DrawAllowed, terms.ConfirmationWindow, now));
        }
    }

    public Task<IReadOnlyList<TournamentMatchCard>> ListAsync(Guid tournamentId, CancellationToken cancellationToken) =>
        matches.ListCardsOfTournamentAsync(tournamentId, cancellationToken);

    public async Task SeatAsync(Guid matchId, Guid? homeTeamId, Guid? awayTeamId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await matches.FindAsync(matchId, cancellationToken))?.Seat(homeTeamId, awayTeamId, now);

    public async Task AwardWithoutPlayAsync(
        Guid matchId, Guid? homeTeamId, Guid? awayTeamId, IReadOnlyCollection<Guid> absentTeamIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await matches.FindAsync(matchId, cancellationToken))?.AwardWithoutPlay(homeTeamId, awayTeamId, absentTeamIds, now);

    public async Task ReopenAsync(Guid matchId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await matches.FindAsync(matchId, cancellationToken))?.Reopen(now);

    public async Task DiscardAsync(Guid matchId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await matches.FindAsync(matchId, cancellationToken) is { } match)
        {
            match.Reopen(now);
            matches.Remove(match);
        }
    }

    public async Task SetNotNeededAsync(Guid matchId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await matches.FindAsync(matchId, cancellationToken))?.SetNotNeeded(now);
}

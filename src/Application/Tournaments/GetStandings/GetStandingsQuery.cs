using Platform.Application.Matches.Contracts;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.GetStandings;

/// <summary>A round robin's or Swiss's standings from its decided games: points, then the declared tie-breaks, then the recorded lots.</summary>
public sealed record GetStandingsQuery(Guid Id) : IQuery<IReadOnlyList<StandingResponse>>;

/// <summary>An entrant's place in the standings.</summary>
/// <param name="Rank">1 = first; no two entrants share a rank (the drawing of lots breaks the last ties).</param>
/// <param name="Seed">The entrant's seed.</param>
/// <param name="EntryId">Its entry.</param>
/// <param name="TeamId">Its team.</param>
/// <param name="Played">Games decided (forfeits included, byes not).</param>
/// <param name="Wins">Games won.</param>
/// <param name="Draws">Games drawn.</param>
/// <param name="Losses">Games lost.</param>
/// <param name="Byes">Rounds sat out.</param>
/// <param name="Points">Its points.</param>
/// <param name="TieBreaks">Each declared tie-break's value, in the declared order (names as in the settings).</param>
public sealed record StandingResponse(
    int Rank, int Seed, Guid EntryId, Guid TeamId, int Played, int Wins, int Draws, int Losses, int Byes, decimal Points, IReadOnlyDictionary<string, decimal> TieBreaks);

internal sealed class GetStandingsHandler(ITournamentRepository tournaments, ITournamentMatches matches)
    : IRequestHandler<GetStandingsQuery, Result<IReadOnlyList<StandingResponse>>>
{
    public async Task<Result<IReadOnlyList<StandingResponse>>> Handle(GetStandingsQuery request, CancellationToken cancellationToken)
    {
        if (await tournaments.FindAsync(request.Id, cancellationToken) is not { } tournament)
        {
            return TournamentsErrors.NotFound;
        }

        if (tournament.Settings.Format is not (TournamentFormat.RoundRobin or TournamentFormat.Swiss))
        {
            return TournamentsErrors.NoStandings;
        }

        if (tournament.State is TournamentState.Draft or TournamentState.Registration)
        {
            return Result<IReadOnlyList<StandingResponse>>.Success([]);
        }

        var cards = await matches.ListAsync(tournament.Id, cancellationToken);
        var field = tournament.Seeded;
        var rounds = TournamentTable.RoundsOf(field, cards);
        var names = tournament.Settings.TieBreaks.Select(tieBreak => TournamentNames.SnakeCase(tieBreak)).ToList();
        return Result<IReadOnlyList<StandingResponse>>.Success([.. TournamentTable.StandingsOf(tournament, cards).Select(standing =>
        {
            var games = rounds.SelectMany(round => round.Games).Where(game => game.Involves(standing.Entrant)).ToList();
            var entry = field[standing.Entrant - 1];
            return new StandingResponse(
                standing.Rank, standing.Entrant, entry.Id, entry.TeamId, games.Count,
                games.Count(game => game.Winner == standing.Entrant), games.Count(game => game.Winner is null), games.Count(game => game.Winner is { } winner && winner != standing.Entrant),
                rounds.Count(round => round.Bye == standing.Entrant), standing.Points,
                names.Zip(standing.TieBreaks).ToDictionary(pair => pair.First, pair => pair.Second));
        })]);
    }
}

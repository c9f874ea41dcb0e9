using Platform.Application.Matches.Contracts;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments;

/// <summary>
/// A round robin's or Swiss's games as the standings count them: each round's decided games between seeds and the seed
/// that sat the round out (the one entrant still in the competition without a game in it; an entrant withdrawn since
/// keeps no bye, its games stay as played or forfeit).
/// </summary>
internal static class TournamentTable
{
    public static IReadOnlyList<PlayedRound> RoundsOf(IReadOnlyList<TournamentEntry> field, IReadOnlyList<TournamentMatchCard> cards)
    {
        var seedOf = field.ToDictionary(entry => entry.TeamId, entry => entry.Seed!.Value);
        return [.. cards.GroupBy(card => card.Round).OrderBy(round => round.Key).Select(round =>
        {
            // A forfeit counts as the win it gave the other side; a double forfeit counts for nobody.
            var games = round.Where(card => card is { IsDecided: true, HomeTeamId: not null, AwayTeamId: not null } && card.ForfeitedBy.Count < 2)
                .Select(card => new GameResult(seedOf[card.HomeTeamId!.Value], seedOf[card.AwayTeamId!.Value],
                    card.WinnerTeamId is not { } winner ? GameOutcome.Draw : winner == card.HomeTeamId ? GameOutcome.HomeWin : GameOutcome.AwayWin))
                .ToList();
            var playing = round.SelectMany(card => new[] { card.HomeTeamId, card.AwayTeamId }).OfType<Guid>().Select(team => seedOf[team]).ToHashSet();
            var sitting = field.Where(entry => entry.Status != EntryStatus.Withdrawn).Select(entry => entry.Seed!.Value).Where(seed => !playing.Contains(seed)).ToList();
            return new PlayedRound(games, sitting is [var bye] ? bye : null);
        })];
    }

    public static IReadOnlyList<Standing> StandingsOf(Tournament tournament, IReadOnlyList<TournamentMatchCard> cards)
    {
        var field = tournament.Seeded;
        var settings = tournament.Settings;
        return Standings.Of(field.Count, RoundsOf(field, cards), settings.Points, settings.TieBreaks, tournament.Lots);
    }

    /// <summary>Whether the last game is decided: every round-robin game, or every game of a Swiss's last round.</summary>
    public static bool IsOver(TournamentSettings settings, IReadOnlyList<TournamentMatchCard> cards) =>
        cards.All(card => card.IsDecided)
        && (settings.Format != TournamentFormat.Swiss || cards.Select(card => card.Round).DefaultIfEmpty().Max() >= settings.SwissRounds);
}

using Platform.Application.Matches.Contracts;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Matches;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments;

/// <summary>
/// What a new winner of a match changes later in its tournament: the matches it feeds in an elimination bracket,
/// directly or through others; every later round of a Swiss (paired from the standings it changes); nothing in a round
/// robin, whose games stand alone.
/// </summary>
internal static class TournamentDownstream
{
    public static IReadOnlyList<TournamentMatchCard> Of(Tournament tournament, IReadOnlyList<TournamentMatchCard> cards, TournamentMatchCard changed)
    {
        switch (tournament.Settings.Format)
        {
            case TournamentFormat.SingleElimination or TournamentFormat.DoubleElimination:
                var plan = TournamentDraw.Of(tournament.Settings, tournament.Seeded.Count).Value.Bracket;
                var reached = new BracketProgress(plan).DownstreamOf(new MatchRef(changed.Side!.Value, changed.Round, changed.Number)).ToHashSet();
                return [.. cards.Where(card => card.Side is { } side && reached.Contains(new MatchRef(side, card.Round, card.Number)))];
            case TournamentFormat.Swiss:
                return [.. cards.Where(card => card.Round > changed.Round)];
            default:
                return [];
        }
    }

    /// <summary>A match with something to undo: a report waiting or disputed, or a result.</summary>
    public static bool HasReportOrResult(TournamentMatchCard card) => card.IsDecided || card.Status is MatchStatus.AwaitingConfirmation or MatchStatus.Disputed;
}

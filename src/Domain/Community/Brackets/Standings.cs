namespace Platform.Domain.Community.Brackets;

/// <summary>The tie-breaks of a round robin or Swiss, applied in the order a tournament declares them (ADR 48).</summary>
public enum TieBreak
{
    /// <summary>The sum of the final points of every opponent played (a bye adds nothing).</summary>
    Buchholz,

    /// <summary>The sum of the final points of every opponent beaten, and half of those of every opponent drawn with.</summary>
    SonnebornBerger,

    /// <summary>Points scored in the games among the entrants still tied.</summary>
    HeadToHead,
}

/// <summary>An entrant's place: its rank (1 = first), points, and the value of each declared tie-break.</summary>
public sealed record Standing(int Rank, int Entrant, decimal Points, IReadOnlyList<decimal> TieBreaks);

/// <summary>
/// Standings of a round robin or Swiss: by points, then each declared tie-break in order, then the tournament's
/// recorded drawing of lots (a random order of the seeds drawn once and stored, so the answer never changes on reload).
/// Forfeits count as the results they awarded; a bye scores the bye's points and has no opponent.
/// </summary>
public static class Standings
{
    public static IReadOnlyList<Standing> Of(
        int entrants, IReadOnlyList<PlayedRound> rounds, PointSystem points, IReadOnlyList<TieBreak> tieBreaks, IReadOnlyList<int> lots)
    {
        var games = rounds.SelectMany(round => round.Games).ToList();
        var total = Enumerable.Range(1, entrants).ToDictionary(entrant => entrant, entrant => points.Total(rounds, entrant));
        var values = Enumerable.Range(1, entrants).ToDictionary(
            entrant => entrant,
            entrant => tieBreaks.Select(tieBreak => tieBreak == TieBreak.HeadToHead ? 0 : Value(tieBreak, entrant, games, total)).ToArray());

        // Head-to-head only means something among the entrants tied on everything before it, so it is computed per tie.
        for (var index = 0; index < tieBreaks.Count; index++)
        {
            if (tieBreaks[index] != TieBreak.HeadToHead)
            {
                continue;
            }

            var position = index;
            var tiedOn = values.Keys.GroupBy(entrant => (decimal[])[total[entrant], .. values[entrant].Take(position)], TieKey.Comparer);
            foreach (var tied in tiedOn.Where(group => group.Count() > 1))
            {
                var among = tied.ToHashSet();
                foreach (var entrant in among)
                {
                    values[entrant][position] = games.Where(game => game.Involves(entrant) && among.Contains(game.OpponentOf(entrant))).Sum(game => points.For(game, entrant));
                }
            }
        }

        var order = Enumerable.Range(1, entrants).OrderByDescending(entrant => total[entrant]);
        for (var index = 0; index < tieBreaks.Count; index++)
        {
            var position = index;
            order = order.ThenByDescending(entrant => values[entrant][position]);
        }

        var drawn = lots.Select((entrant, place) => (entrant, place)).ToDictionary(lot => lot.entrant, lot => lot.place);
        return [.. order.ThenBy(entrant => drawn.GetValueOrDefault(entrant, int.MaxValue)).ThenBy(entrant => entrant)
            .Select((entrant, place) => new Standing(place + 1, entrant, total[entrant], values[entrant]))];
    }

    private static decimal Value(TieBreak tieBreak, int entrant, List<GameResult> games, Dictionary<int, decimal> total) =>
        games.Where(game => game.Involves(entrant)).Sum(game => tieBreak switch
        {
            TieBreak.Buchholz => total[game.OpponentOf(entrant)],
            _ when game.Winner == entrant => total[game.OpponentOf(entrant)],
            _ when game.Winner is null => total[game.OpponentOf(entrant)] / 2,
            _ => 0,
        });

    /// <summary>Points and earlier tie-break values compared as numbers (1.5 + 1.5 is 3.0, which equals 3).</summary>
    private sealed class TieKey : IEqualityComparer<decimal[]>
    {
        public static readonly TieKey Comparer = new();

        public bool Equals(decimal[]? x, decimal[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(decimal[] obj)
        {
            var hash = new HashCode();
            foreach (var value in obj)
            {
                hash.Add(value);
            }

            return hash.ToHashCode();
        }
    }
}

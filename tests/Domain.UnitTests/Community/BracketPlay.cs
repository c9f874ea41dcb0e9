using Platform.Domain.Community.Brackets;

namespace Platform.Domain.UnitTests.Community;

/// <summary>Plays planned matches in order: each side must be known by then (a seed, or a feeder already decided).</summary>
internal static class BracketPlay
{
    /// <param name="pick">Given the two seeds, 0 for the home side to win, 1 for the away side.</param>
    /// <param name="favouriteWins">When set, the lower seed wins and <paramref name="pick"/> is not asked.</param>
    public static Dictionary<MatchRef, (int Winner, int Loser)> Play(IEnumerable<PlannedMatch> matches, Func<int, int, int> pick, bool favouriteWins)
    {
        var results = new Dictionary<MatchRef, (int Winner, int Loser)>();
        foreach (var match in matches)
        {
            var (home, away) = (Resolve(match.Home, results), Resolve(match.Away, results));
            var homeWins = favouriteWins ? home < away : pick(home, away) == 0;
            results[match.Ref] = homeWins ? (home, away) : (away, home);
        }

        return results;
    }

    private static int Resolve(BracketSlot slot, Dictionary<MatchRef, (int Winner, int Loser)> results) => slot switch
    {
        BracketSlot.Seed seed => seed.Number,
        BracketSlot.WinnerOf feeder => results[feeder.Match].Winner,
        BracketSlot.LoserOf feeder => results[feeder.Match].Loser,
        _ => throw new InvalidOperationException($"A played match has {slot}."),
    };
}

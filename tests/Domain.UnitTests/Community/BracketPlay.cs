using Platform.Domain.Community.Brackets;

namespace Platform.Domain.UnitTests.Community;

/// <summary>Plays planned matches in order through <see cref="BracketProgress"/>, skipping those not needed.</summary>
internal static class BracketPlay
{
    /// <param name="pick">Given the two seeds, 0 for the home side to win, 1 for the away side.</param>
    /// <param name="favouriteWins">When set, the lower seed wins and <paramref name="pick"/> is not asked.</param>
    public static IReadOnlyDictionary<MatchRef, (int Winner, int Loser)> Play(IEnumerable<PlannedMatch> matches, Func<int, int, int> pick, bool favouriteWins)
    {
        var planned = matches.ToList();
        var progress = new BracketProgress(planned);
        foreach (var match in planned.Where(match => !progress.IsNotNeeded(match.Ref)))
        {
            Assert.True(progress.IsReady(match.Ref), $"{match.Ref} is not ready when its turn comes");
            var (home, away) = progress.Sides(match.Ref);
            var homeWins = favouriteWins ? home < away : pick(home!.Value, away!.Value) == 0;
            progress.Decide(match.Ref, homeWins ? home!.Value : away!.Value);
        }

        return progress.Results.ToDictionary(result => result.Key, result => (result.Value.Winner!.Value, result.Value.Loser!.Value));
    }
}

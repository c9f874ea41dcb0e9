using Platform.Domain.Community.Brackets;

namespace Platform.Domain.Tournaments;

/// <summary>
/// The final placings of a played elimination bracket: the deciding final's winner and loser, then the third-place
/// match's, then everyone else by how late they went out (the later the round of their last loss, the higher), exits
/// in the same round by seed.
/// </summary>
public static class EliminationPlacings
{
    /// <summary>The seeds, first place first.</summary>
    public static IReadOnlyList<int> Of(IReadOnlyList<PlannedMatch> plan, BracketProgress progress, int entrants)
    {
        var results = progress.Results;
        var placed = new List<int>();
        void Place(MatchOutcome outcome)
        {
            placed.AddRange(new[] { outcome.Winner, outcome.Loser }.OfType<int>().Where(seed => !placed.Contains(seed)));
        }

        if (plan.LastOrDefault(match => match.Ref.Side != BracketSide.ThirdPlace && results.ContainsKey(match.Ref)) is { } deciding)
        {
            Place(results[deciding.Ref]);
        }

        if (plan.FirstOrDefault(match => match.Ref.Side == BracketSide.ThirdPlace) is { } third && results.TryGetValue(third.Ref, out var thirdPlace))
        {
            Place(thirdPlace);
        }

        // How late an exit was: where its round begins in the plan, so that the losers of one round tie.
        var roundStart = new Dictionary<(BracketSide, int), int>();
        var lastLoss = new Dictionary<int, int>();
        for (var index = 0; index < plan.Count; index++)
        {
            var round = roundStart.TryAdd((plan[index].Ref.Side, plan[index].Ref.Round), index) ? index : roundStart[(plan[index].Ref.Side, plan[index].Ref.Round)];
            if (results.TryGetValue(plan[index].Ref, out var outcome) && outcome.Loser is { } loser)
            {
                lastLoss[loser] = round;
            }
        }

        return [.. placed, .. Enumerable.Range(1, entrants).Where(seed => !placed.Contains(seed))
            .OrderByDescending(seed => lastLoss.GetValueOrDefault(seed, -1)).ThenBy(seed => seed)];
    }
}

namespace Platform.Domain.Community.Brackets;

/// <summary>
/// Swiss pairings (FIDE C.04.1 basic rules, a simplified Dutch system without colours; ADR 48). Round 1 pairs the top
/// half of the seeds with the bottom half (1–5, 2–6, 3–7, 4–8). Later rounds rank the entrants by points, then seed,
/// and pair each score group's top half with its bottom half; whoever cannot be paired in their group floats down to
/// the next (as few as possible, the lowest-ranked first), and the search backtracks so that no pair meets twice. With an odd field the bye goes to the lowest-ranked
/// entrant who has not had one (nobody gets two). When no such pairing exists, or the search has tried
/// <see cref="DefaultSearchBudget"/> partial pairings without finding one, the round cannot be paired: the search is
/// bounded so that a request can never pin a core.
/// </summary>
public static class SwissPairing
{
    /// <summary>Partial pairings the search may try (rounds of a 512-entrant Swiss take a few hundred).</summary>
    public const int DefaultSearchBudget = 100_000;

    /// <summary>The next round's pairings and bye.</summary>
    /// <param name="entrants">The field: seeds 1 to N.</param>
    /// <param name="played">The rounds so far, decided.</param>
    /// <param name="points">What a win, draw, loss and bye are worth.</param>
    /// <param name="withdrawn">Entrants taken out: they are paired no more (their rounds so far still count for others).</param>
    /// <param name="searchBudget">Partial pairings the search may try before it gives up.</param>
    public static Result<SwissRound> Next(
        int entrants, IReadOnlyList<PlayedRound> played, PointSystem points, IReadOnlySet<int>? withdrawn = null, int searchBudget = DefaultSearchBudget)
    {
        if (BracketBuilder.Refusal(entrants) is { } refused)
        {
            return refused;
        }

        var met = played.SelectMany(round => round.Games).Select(game => Key(game.Home, game.Away)).ToHashSet();
        var hadBye = played.Select(round => round.Bye).OfType<int>().ToHashSet();
        var score = Enumerable.Range(1, entrants).ToDictionary(entrant => entrant, entrant => points.Total(played, entrant));
        var ranked = Enumerable.Range(1, entrants).Where(entrant => withdrawn?.Contains(entrant) != true)
            .OrderByDescending(entrant => score[entrant]).ThenBy(entrant => entrant).ToList();
        if (ranked.Count < 2)
        {
            return CommunityErrors.TooFewEntrants;
        }

        // The bye candidates, lowest-ranked first; with an even field, no bye.
        IEnumerable<int?> byes = ranked.Count % 2 == 0 ? [null] : [.. Enumerable.Reverse(ranked).Where(entrant => !hadBye.Contains(entrant)).Select(entrant => (int?)entrant)];
        var budget = new Budget(searchBudget);
        foreach (var bye in byes)
        {
            var field = ranked.Where(entrant => entrant != bye).ToList();
            var pairs = new List<(int Home, int Away)>();
            if (played.Count == 0 ? FirstRound(field, pairs) : Pair(field, score, met, pairs, budget))
            {
                return new SwissRound(pairs, bye);
            }
        }

        return CommunityErrors.SwissPairingImpossible;
    }

    private static bool FirstRound(List<int> field, List<(int Home, int Away)> pairs)
    {
        var half = field.Count / 2;
        pairs.AddRange(Enumerable.Range(0, half).Select(index => (field[index], field[index + half])));
        return true;
    }

    /// <summary>
    /// Pairs the score groups from the top: each group, with whoever floated down into it first, is paired leaving as few
    /// entrants as possible to float down to the next (the lowest-ranked rather than the highest), and a group's choice
    /// is undone when the groups below it cannot then be paired.
    /// </summary>
    private static bool Pair(List<int> ranked, Dictionary<int, decimal> score, HashSet<(int, int)> met, List<(int Home, int Away)> pairs, Budget budget)
    {
        var groups = ranked.GroupBy(entrant => score[entrant]).Select(group => group.ToList()).ToList();
        return PairGroups(groups, 0, [], met, pairs, budget);
    }

    private static bool PairGroups(
        List<List<int>> groups, int index, List<int> floaters, HashSet<(int, int)> met, List<(int Home, int Away)> pairs, Budget budget)
    {
        if (index == groups.Count)
        {
            return floaters.Count == 0;
        }

        List<int> members = [.. floaters, .. groups[index]];
        var lowest = index == groups.Count - 1 ? members.Count % 2 : members.Count;
        for (var floating = members.Count % 2; floating <= lowest; floating += 2)
        {
            foreach (var (paired, down) in PairWithin(members, floating, met, budget))
            {
                pairs.AddRange(paired);
                if (PairGroups(groups, index + 1, down, met, pairs, budget))
                {
                    return true;
                }

                pairs.RemoveRange(pairs.Count - paired.Count, paired.Count);
            }
        }

        return false;
    }

    /// <summary>
    /// The ways to pair a group's members (in rank order) leaving exactly <paramref name="floating"/> of them unpaired,
    /// the Dutch way first: the top of the remaining members meets the head of their bottom half, then the others below,
    /// then those above; leaving a member unpaired is tried after pairing it.
    /// </summary>
    private static IEnumerable<(List<(int Home, int Away)> Pairs, List<int> Floaters)> PairWithin(
        List<int> members, int floating, HashSet<(int, int)> met, Budget budget)
    {
        if (!budget.Spend())
        {
            yield break;
        }

        if (members.Count == floating)
        {
            yield return ([], [.. members]);
            yield break;
        }

        var top = members[0];
        var rest = members.Skip(1).ToList();
        var counterpart = Math.Max((members.Count - floating) / 2, 1) - 1;
        foreach (var opponent in rest.Skip(counterpart).Concat(rest.Take(counterpart)).Where(opponent => !met.Contains(Key(top, opponent))))
        {
            foreach (var (pairs, floaters) in PairWithin([.. rest.Where(member => member != opponent)], floating, met, budget))
            {
                yield return ([(top, opponent), .. pairs], floaters);
            }
        }

        if (floating > 0)
        {
            foreach (var (pairs, floaters) in PairWithin(rest, floating - 1, met, budget))
            {
                yield return (pairs, [top, .. floaters]);
            }
        }
    }

    private static (int, int) Key(int left, int right) => (Math.Min(left, right), Math.Max(left, right));

    /// <summary>How many more partial pairings the search may try.</summary>
    private sealed class Budget(int steps)
    {
        private int _left = steps;

        public bool Spend() => --_left >= 0;
    }
}

/// <summary>A Swiss round to play: its pairings, the higher-ranked entrant first, and the seed with the bye.</summary>
public sealed record SwissRound(IReadOnlyList<(int Home, int Away)> Pairings, int? Bye);

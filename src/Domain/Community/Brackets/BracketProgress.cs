namespace Platform.Domain.Community.Brackets;

/// <summary>
/// A planned bracket as results come in: who is in each match once its feeders are decided, which matches are ready,
/// and which are not needed (a grand final's reset after the winners' side champion won the first).
/// </summary>
public sealed class BracketProgress
{
    private readonly List<PlannedMatch> _plan;
    private readonly Dictionary<MatchRef, PlannedMatch> _matches;
    private readonly Dictionary<MatchRef, (int Winner, int Loser)> _results = [];

    /// <param name="matches">The plan, in its order: a match comes after the matches that feed it.</param>
    public BracketProgress(IEnumerable<PlannedMatch> matches)
    {
        _plan = [.. matches];
        _matches = _plan.ToDictionary(match => match.Ref);
    }

    public IReadOnlyDictionary<MatchRef, (int Winner, int Loser)> Results => _results;

    /// <summary>The seeds of the match's sides, each null until its feeder is decided.</summary>
    public (int? Home, int? Away) Sides(MatchRef match) =>
        _matches.TryGetValue(match, out var planned) ? (SeedIn(planned.Home), SeedIn(planned.Away)) : (null, null);

    public bool IsReady(MatchRef match) => _matches.ContainsKey(match) && !_results.ContainsKey(match) && !IsNotNeeded(match) && Sides(match) is ({ }, { });

    /// <summary>A reset is not needed once the first grand final went to the side that came from the winners' bracket.</summary>
    public bool IsNotNeeded(MatchRef match) =>
        match is { Side: BracketSide.GrandFinal, Round: 2 }
        && _matches.TryGetValue(match, out var reset)
        && reset.Home is BracketSlot.WinnerOf { Match: var first }
        && _results.TryGetValue(first, out var result)
        && result.Winner == SeedIn(_matches[first].Home);

    public Result<MatchRef> Decide(MatchRef match, int winner)
    {
        if (!_matches.ContainsKey(match))
        {
            return CommunityErrors.MatchNotFound;
        }

        if (_results.ContainsKey(match))
        {
            return CommunityErrors.MatchDecided;
        }

        if (!IsReady(match))
        {
            return CommunityErrors.MatchNotReportable;
        }

        var (home, away) = Sides(match);
        if (winner != home && winner != away)
        {
            return CommunityErrors.WinnerNotInMatch;
        }

        _results[match] = (winner, winner == home ? away!.Value : home!.Value);
        return match;
    }

    /// <summary>
    /// The decided matches a new result of <paramref name="match"/> would reach: those it feeds, directly or through
    /// others, in plan order. An organiser's edit that names a new winner resets them (or is refused when not cascading).
    /// </summary>
    public IReadOnlyList<MatchRef> DecidedDownstreamOf(MatchRef match)
    {
        var reached = new HashSet<MatchRef> { match };
        foreach (var planned in _plan)
        {
            if (Feeder(planned.Home) is { } home && reached.Contains(home) || Feeder(planned.Away) is { } away && reached.Contains(away))
            {
                reached.Add(planned.Ref);
            }
        }

        reached.Remove(match);
        return [.. _plan.Select(planned => planned.Ref).Where(candidate => reached.Contains(candidate) && _results.ContainsKey(candidate))];
    }

    /// <summary>
    /// Gives a decided match a new winner, resetting every decided match it reaches (answered, in plan order, so each
    /// can raise its reversal); the same winner changes nothing.
    /// </summary>
    public Result<IReadOnlyList<MatchRef>> Revise(MatchRef match, int winner)
    {
        if (!_matches.ContainsKey(match))
        {
            return CommunityErrors.MatchNotFound;
        }

        if (!_results.TryGetValue(match, out var result))
        {
            return CommunityErrors.MatchNotDecided;
        }

        if (winner != result.Winner && winner != result.Loser)
        {
            return CommunityErrors.WinnerNotInMatch;
        }

        if (winner == result.Winner)
        {
            return Array.Empty<MatchRef>();
        }

        var reset = DecidedDownstreamOf(match);
        foreach (var downstream in reset)
        {
            _results.Remove(downstream);
        }

        _results[match] = (result.Loser, result.Winner);
        return Result<IReadOnlyList<MatchRef>>.Success(reset);
    }

    private static MatchRef? Feeder(BracketSlot slot) => slot switch
    {
        BracketSlot.WinnerOf feeder => feeder.Match,
        BracketSlot.LoserOf feeder => feeder.Match,
        _ => null,
    };

    private int? SeedIn(BracketSlot slot) => slot switch
    {
        BracketSlot.Seed seed => seed.Number,
        BracketSlot.WinnerOf feeder => _results.TryGetValue(feeder.Match, out var result) ? result.Winner : null,
        BracketSlot.LoserOf feeder => _results.TryGetValue(feeder.Match, out var result) ? result.Loser : null,
        _ => null,
    };
}

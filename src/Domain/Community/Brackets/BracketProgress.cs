namespace Platform.Domain.Community.Brackets;

/// <summary>How a decided match of a bracket ended: who goes on and who lost, either of them nobody after forfeits.</summary>
/// <param name="Winner">Who goes on; nobody after a double forfeit.</param>
/// <param name="Loser">Who lost (and drops to the losers' side in double elimination); nobody after a walkover or a double forfeit.</param>
/// <param name="Forfeit">Decided without being played: a forfeit, a double forfeit or a walkover.</param>
public sealed record MatchOutcome(int? Winner, int? Loser, bool Forfeit);

/// <summary>
/// A planned bracket as results come in (ADR 48): who is in each match once its feeders are decided, which matches are
/// ready, and which are not needed (a grand final's reset after the winners' side champion won the first). Forfeits are
/// results too: a side that does not show loses; when neither shows, nobody goes on and nobody drops, and the match that
/// waited for them is a walkover for its other side. A withdrawn entrant forfeits every match it is in as each becomes
/// ready, losers' side included.
/// </summary>
public sealed class BracketProgress
{
    private readonly List<PlannedMatch> _plan;
    private readonly Dictionary<MatchRef, PlannedMatch> _matches;
    private readonly ILookup<MatchRef, PlannedMatch> _fedBy;
    private readonly Dictionary<MatchRef, MatchOutcome> _results = [];
    private readonly HashSet<int> _withdrawn = [];

    /// <param name="matches">The plan, in its order: a match comes after the matches that feed it.</param>
    public BracketProgress(IEnumerable<PlannedMatch> matches)
    {
        _plan = [.. matches];
        _matches = _plan.ToDictionary(match => match.Ref);
        _fedBy = _plan.SelectMany(match => new[] { Feeder(match.Home), Feeder(match.Away) }.OfType<MatchRef>().Distinct().Select(feeder => (feeder, match)))
            .ToLookup(edge => edge.feeder, edge => edge.match);
    }

    public IReadOnlyDictionary<MatchRef, MatchOutcome> Results => _results;

    public IReadOnlySet<int> Withdrawn => _withdrawn;

    /// <summary>The seeds of the match's sides, each null until its feeder is decided (or when nobody comes from it).</summary>
    public (int? Home, int? Away) Sides(MatchRef match) =>
        _matches.TryGetValue(match, out var planned) ? (Resolve(planned.Home).Seed, Resolve(planned.Away).Seed) : (null, null);

    /// <summary>Both sides are known and the match waits for its result.</summary>
    public bool IsReady(MatchRef match) =>
        _matches.ContainsKey(match) && !_results.ContainsKey(match) && !IsNotNeeded(match) && Sides(match) is ({ }, { });

    /// <summary>A reset is not needed once the first grand final went to the side that came from the winners' bracket.</summary>
    public bool IsNotNeeded(MatchRef match) =>
        match is { Side: BracketSide.GrandFinal, Round: 2 }
        && _matches.TryGetValue(match, out var reset)
        && reset.Home is BracketSlot.WinnerOf { Match: var first }
        && _results.TryGetValue(first, out var result)
        && result.Winner == Resolve(_matches[first].Home).Seed;

    /// <summary>Records a played match's winner; the matches this settles (walkovers, a withdrawn entrant's forfeits) follow.</summary>
    public Result<MatchRef> Decide(MatchRef match, int winner)
    {
        if (Undecided(match) is { } refused)
        {
            return refused;
        }

        var (home, away) = Sides(match);
        if (winner != home && winner != away)
        {
            return CommunityErrors.WinnerNotInMatch;
        }

        _results[match] = new MatchOutcome(winner, winner == home ? away : home, Forfeit: false);
        SettleAfter(match);
        return match;
    }

    /// <summary>The sides that did not show lose by forfeit; when both did not, nobody goes on.</summary>
    public Result<MatchRef> Forfeit(MatchRef match, IReadOnlyCollection<int> absent)
    {
        if (Undecided(match) is { } refused)
        {
            return refused;
        }

        var (home, away) = Sides(match);
        if (absent.Count == 0 || absent.Any(seed => seed != home && seed != away))
        {
            return CommunityErrors.ForfeitNotInMatch;
        }

        _results[match] = absent.Contains(home!.Value) && absent.Contains(away!.Value)
            ? new MatchOutcome(null, null, Forfeit: true)
            : absent.Contains(home.Value) ? new MatchOutcome(away, home, Forfeit: true) : new MatchOutcome(home, away, Forfeit: true);
        SettleAfter(match);
        return match;
    }

    /// <summary>
    /// Takes an entrant out: every match of it that is ready now, and each that becomes ready later, is forfeit to the
    /// opponent. Answers the matches decided by it now, in plan order.
    /// </summary>
    public IReadOnlyList<MatchRef> Withdraw(int seed)
    {
        _withdrawn.Add(seed);
        var before = _results.Keys.ToHashSet();
        SettleAll();
        return [.. _plan.Select(match => match.Ref).Where(match => _results.ContainsKey(match) && !before.Contains(match))];
    }

    /// <summary>
    /// The decided matches a new result of <paramref name="match"/> would reach: those it feeds, directly or through
    /// others, in plan order. An organiser's edit that names a new winner resets them (or is refused when not cascading).
    /// </summary>
    public IReadOnlyList<MatchRef> DecidedDownstreamOf(MatchRef match) => [.. DownstreamOf(match).Where(_results.ContainsKey)];

    /// <summary>Every match <paramref name="match"/> feeds, directly or through others, decided or not, in plan order.</summary>
    public IReadOnlyList<MatchRef> DownstreamOf(MatchRef match)
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
        return [.. _plan.Select(planned => planned.Ref).Where(reached.Contains)];
    }

    /// <summary>
    /// Gives a decided match a new winner (one of its two sides), resetting every decided match it reaches (answered,
    /// in plan order, so each can raise its reversal); the same winner changes nothing.
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

        var (home, away) = Sides(match);
        if (home is null || away is null || (winner != home && winner != away))
        {
            return CommunityErrors.WinnerNotInMatch;
        }

        if (winner == result.Winner)
        {
            _results[match] = result with { Forfeit = false };
            return Array.Empty<MatchRef>();
        }

        var reset = DecidedDownstreamOf(match);
        foreach (var downstream in reset)
        {
            _results.Remove(downstream);
        }

        _results[match] = new MatchOutcome(winner, winner == home ? away : home, Forfeit: false);
        SettleAll();
        return Result<IReadOnlyList<MatchRef>>.Success(reset);
    }

    private Error? Undecided(MatchRef match) =>
        !_matches.ContainsKey(match) ? CommunityErrors.MatchNotFound
        : _results.ContainsKey(match) ? CommunityErrors.MatchDecided
        : !IsReady(match) ? CommunityErrors.MatchNotReportable
        : null;

    /// <summary>Settles the matches a decision feeds, and those their settling feeds in turn.</summary>
    private void SettleAfter(MatchRef decided)
    {
        var waiting = new Queue<PlannedMatch>(_fedBy[decided]);
        while (waiting.TryDequeue(out var match))
        {
            if (TrySettle(match))
            {
                foreach (var next in _fedBy[match.Ref])
                {
                    waiting.Enqueue(next);
                }
            }
        }
    }

    /// <summary>Settles every match that needs no one to play, in plan order (feeders first, so one pass does).</summary>
    private void SettleAll()
    {
        foreach (var match in _plan)
        {
            TrySettle(match);
        }
    }

    /// <summary>
    /// Decides a match that needs no one to play: nobody on a side (a walkover, or nothing when both), or a withdrawn
    /// entrant on one (forfeit; both withdrawn, nobody goes on). Answers whether it decided it.
    /// </summary>
    private bool TrySettle(PlannedMatch match)
    {
        if (_results.ContainsKey(match.Ref) || IsNotNeeded(match.Ref))
        {
            return false;
        }

        var (home, away) = (Resolve(match.Home), Resolve(match.Away));
        var homeOut = !home.Pending && (home.Seed is not { } homeSeed || _withdrawn.Contains(homeSeed));
        var awayOut = !away.Pending && (away.Seed is not { } awaySeed || _withdrawn.Contains(awaySeed));
        if (home.Pending || away.Pending || !(homeOut || awayOut))
        {
            return false;
        }

        _results[match.Ref] = (homeOut, awayOut) switch
        {
            (true, true) => new MatchOutcome(null, null, Forfeit: true),
            (true, false) => new MatchOutcome(away.Seed, home.Seed, Forfeit: true),
            _ => new MatchOutcome(home.Seed, away.Seed, Forfeit: true),
        };
        return true;
    }

    private static MatchRef? Feeder(BracketSlot slot) => slot switch
    {
        BracketSlot.WinnerOf feeder => feeder.Match,
        BracketSlot.LoserOf feeder => feeder.Match,
        _ => null,
    };

    /// <summary>Who a slot holds: a seed, nobody (after forfeits), or not known yet (pending).</summary>
    private Side Resolve(BracketSlot slot) => slot switch
    {
        BracketSlot.Seed seed => new Side(seed.Number, Pending: false),
        BracketSlot.WinnerOf feeder => _results.TryGetValue(feeder.Match, out var result) ? new Side(result.Winner, Pending: false) : new Side(null, Pending: true),
        BracketSlot.LoserOf feeder => _results.TryGetValue(feeder.Match, out var result) ? new Side(result.Loser, Pending: false) : new Side(null, Pending: true),
        _ => new Side(null, Pending: false),
    };

    private readonly record struct Side(int? Seed, bool Pending);
}

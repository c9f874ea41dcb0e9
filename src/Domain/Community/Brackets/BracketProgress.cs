namespace Platform.Domain.Community.Brackets;

/// <summary>
/// A planned bracket as results come in: who is in each match once its feeders are decided, which matches are ready,
/// and which are not needed (a grand final's reset after the winners' side champion won the first).
/// </summary>
public sealed class BracketProgress
{
    private readonly Dictionary<MatchRef, PlannedMatch> _matches;
    private readonly Dictionary<MatchRef, (int Winner, int Loser)> _results = [];

    public BracketProgress(IEnumerable<PlannedMatch> matches) => _matches = matches.ToDictionary(match => match.Ref);

    public IReadOnlyDictionary<MatchRef, (int Winner, int Loser)> Results => _results;

    /// <summary>The seeds of the match's sides, each null until its feeder is decided.</summary>
    public (int? Home, int? Away) Sides(MatchRef match) => (SeedIn(_matches[match].Home), SeedIn(_matches[match].Away));

    public bool IsReady(MatchRef match) => !_results.ContainsKey(match) && !IsNotNeeded(match) && Sides(match) is ({ }, { });

    /// <summary>A reset is not needed once the first grand final went to the side that came from the winners' bracket.</summary>
    public bool IsNotNeeded(MatchRef match) =>
        match is { Side: BracketSide.GrandFinal, Round: 2 }
        && _matches[match].Home is BracketSlot.WinnerOf { Match: var first }
        && _results.TryGetValue(first, out var result)
        && result.Winner == SeedIn(_matches[first].Home);

    public Result<MatchRef> Decide(MatchRef match, int winner)
    {
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

    private int? SeedIn(BracketSlot slot) => slot switch
    {
        BracketSlot.Seed seed => seed.Number,
        BracketSlot.WinnerOf feeder => _results.TryGetValue(feeder.Match, out var result) ? result.Winner : null,
        BracketSlot.LoserOf feeder => _results.TryGetValue(feeder.Match, out var result) ? result.Loser : null,
        _ => null,
    };
}

namespace Platform.Domain.Community.Brackets;

/// <summary>
/// Builds the matches of a bracket round by round. A side may be empty (a bye, or the loser of a pairing that had a
/// bye): a pairing with an empty side is no match, and its other side goes through; two empty sides send on nothing.
/// So no match ever has a bye, and every entrant plays every match it is in.
/// </summary>
internal sealed class BracketBuilder
{
    /// <summary>The largest field a tournament takes.</summary>
    public const int MaxEntrants = 1024;

    private readonly List<PlannedMatch> _matches = [];

    public IReadOnlyList<PlannedMatch> Matches => _matches;

    /// <summary>Why a field cannot be bracketed (2 to <see cref="MaxEntrants"/> entrants), if it cannot.</summary>
    public static Error? Refusal(int entrants) =>
        entrants < 2 ? CommunityErrors.TooFewEntrants : entrants > MaxEntrants ? CommunityErrors.TooManyEntrants : null;

    /// <summary>The first round of N seeds in a bracket of P slots, in bracket order, byes included.</summary>
    public static List<(BracketSlot Top, BracketSlot Bottom)> FirstRound(int entrants)
    {
        var slots = StandardSeeding.SlotOrder(StandardSeeding.BracketSizeFor(entrants))
            .Select(seed => seed <= entrants ? (BracketSlot)new BracketSlot.Seed(seed) : new BracketSlot.Bye())
            .ToList();
        return [.. Enumerable.Range(0, slots.Count / 2).Select(pair => (slots[2 * pair], slots[(2 * pair) + 1]))];
    }

    /// <summary>
    /// The winners' side from its first round: each round's losers in bracket order (empty where a bye went through),
    /// and the champion of the side.
    /// </summary>
    public (List<List<BracketSlot?>> Losers, BracketSlot Champion) Winners(List<(BracketSlot Top, BracketSlot Bottom)> firstRound)
    {
        var losers = new List<List<BracketSlot?>>();
        var advancing = firstRound.Select(pair => (BracketSlot?)(pair.Top is BracketSlot.Bye ? null : pair.Top))
            .Zip(firstRound.Select(pair => (BracketSlot?)(pair.Bottom is BracketSlot.Bye ? null : pair.Bottom)))
            .ToList();
        for (var round = 1; ; round++)
        {
            var results = advancing.Select(pair => Pair(BracketSide.Winners, round, pair.First, pair.Second)).ToList();
            losers.Add([.. results.Select(result => result.Loser)]);
            if (results.Count == 1)
            {
                return (losers, results[0].Winner!);
            }

            advancing = [.. Enumerable.Range(0, results.Count / 2).Select(pair => (results[2 * pair].Winner, results[(2 * pair) + 1].Winner))];
        }
    }

    /// <summary>Pairs two sides: a match when both are there, else whichever is there goes through with no loser.</summary>
    public (BracketSlot? Winner, BracketSlot? Loser) Pair(BracketSide side, int round, BracketSlot? home, BracketSlot? away)
    {
        if (home is null || away is null)
        {
            return (home ?? away, null);
        }

        var match = Play(side, round, home, away);
        return (new BracketSlot.WinnerOf(match), new BracketSlot.LoserOf(match));
    }

    public MatchRef Play(BracketSide side, int round, BracketSlot home, BracketSlot away)
    {
        var match = new MatchRef(side, round, _matches.Count(planned => planned.Ref.Side == side && planned.Ref.Round == round) + 1);
        _matches.Add(new PlannedMatch(match, home, away));
        return match;
    }
}

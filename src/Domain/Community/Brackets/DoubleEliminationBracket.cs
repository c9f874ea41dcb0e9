namespace Platform.Domain.Community.Brackets;

/// <summary>How a double elimination ends.</summary>
public enum GrandFinalFormat
{
    /// <summary>If the losers' side champion wins the grand final, both have lost once, and a reset decides (the default).</summary>
    Reset,

    /// <summary>One grand final decides (the API's <c>single</c>).</summary>
    SingleMatch,
}

/// <summary>
/// A double-elimination bracket of N seeded entrants: the winners' side is the single-elimination bracket; every loser
/// drops to the losers' side, where a second loss ends them; the two sides' champions meet in the grand final. Every
/// entrant but the champion loses exactly twice, so 2N - 2 matches are decided (2N - 1 when the reset is played).
/// The losers' side alternates rounds that take in the next winners' round's losers (major) with rounds among its own
/// survivors (minor); the losers of even winners' rounds drop in in reverse order, those of odd ones in bracket order,
/// so that, favourites winning, no losers' match before the losers' final repeats a winners' pairing (checked for every
/// field up to 1,024; alternatives such as shifting by half repeat pairings from 9 entrants on).
/// </summary>
public sealed class DoubleEliminationBracket
{
    private DoubleEliminationBracket(
        int entrants, GrandFinalFormat grandFinal, IReadOnlyList<(BracketSlot Top, BracketSlot Bottom)> firstRound, IReadOnlyList<PlannedMatch> matches)
    {
        Entrants = entrants;
        GrandFinal = grandFinal;
        FirstRound = firstRound;
        Matches = matches;
    }

    public int Entrants { get; }

    public GrandFinalFormat GrandFinal { get; }

    /// <summary>The winners' side's first round in bracket order, byes included.</summary>
    public IReadOnlyList<(BracketSlot Top, BracketSlot Bottom)> FirstRound { get; }

    /// <summary>
    /// The matches to play: the winners' side round by round, then the losers' side, then the grand final and, with
    /// <see cref="GrandFinalFormat.Reset"/>, the reset, which is played only if the losers' side champion wins the first.
    /// </summary>
    public IReadOnlyList<PlannedMatch> Matches { get; }

    public static Result<DoubleEliminationBracket> Plan(int entrants, GrandFinalFormat grandFinal)
    {
        if (BracketBuilder.Refusal(entrants) is { } refused)
        {
            return refused;
        }

        var builder = new BracketBuilder();
        var firstRound = BracketBuilder.FirstRound(entrants);
        var (losers, champion) = builder.Winners(firstRound);
        var survivors = losers[0];
        if (losers.Count > 1)
        {
            var round = 1;
            survivors = PairUp(builder, round, survivors);
            for (var winnersRound = 2; winnersRound <= losers.Count; winnersRound++)
            {
                var dropped = DropOrder(losers[winnersRound - 1], winnersRound);
                round++;
                survivors = [.. dropped.Zip(survivors, (drop, survivor) => builder.Pair(BracketSide.Losers, round, drop, survivor).Winner)];
                if (winnersRound < losers.Count)
                {
                    round++;
                    survivors = PairUp(builder, round, survivors);
                }
            }
        }

        var final = builder.Play(BracketSide.GrandFinal, 1, champion, survivors.Single()!);
        if (grandFinal == GrandFinalFormat.Reset)
        {
            builder.Play(BracketSide.GrandFinal, 2, new BracketSlot.WinnerOf(final), new BracketSlot.LoserOf(final));
        }

        return new DoubleEliminationBracket(entrants, grandFinal, firstRound, builder.Matches);
    }

    private static List<BracketSlot?> PairUp(BracketBuilder builder, int round, List<BracketSlot?> sides) =>
        [.. Enumerable.Range(0, sides.Count / 2).Select(pair => builder.Pair(BracketSide.Losers, round, sides[2 * pair], sides[(2 * pair) + 1]).Winner)];

    private static List<BracketSlot?> DropOrder(List<BracketSlot?> losers, int winnersRound) =>
        winnersRound % 2 == 0 ? [.. Enumerable.Reverse(losers)] : losers;
}

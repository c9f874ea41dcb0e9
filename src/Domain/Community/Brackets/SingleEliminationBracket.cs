namespace Platform.Domain.Community.Brackets;

/// <summary>
/// A single-elimination bracket of N seeded entrants (<see cref="StandardSeeding"/>): log2 P rounds, N - 1 played
/// matches (N with the third-place match). A first-round pairing against a bye is a slot, never a match: its seed
/// enters round 2 directly. The third-place match is planned from the start between the semi-finals' losers.
/// </summary>
public sealed class SingleEliminationBracket
{
    private SingleEliminationBracket(int entrants, IReadOnlyList<(BracketSlot Top, BracketSlot Bottom)> firstRound, IReadOnlyList<PlannedMatch> matches)
    {
        Entrants = entrants;
        FirstRound = firstRound;
        Matches = matches;
    }

    public int Entrants { get; }

    /// <summary>P: the next power of two at or above the entrants.</summary>
    public int Size => FirstRound.Count * 2;

    public int Rounds => int.Log2(Size);

    /// <summary>The first round's pairings in bracket order, byes included.</summary>
    public IReadOnlyList<(BracketSlot Top, BracketSlot Bottom)> FirstRound { get; }

    /// <summary>The matches to play, round by round, in bracket order (the third-place match last).</summary>
    public IReadOnlyList<PlannedMatch> Matches { get; }

    public static Result<SingleEliminationBracket> Plan(int entrants, bool thirdPlaceMatch)
    {
        if (BracketBuilder.Refusal(entrants) is { } refused)
        {
            return refused;
        }

        if (thirdPlaceMatch && entrants < 4)
        {
            return CommunityErrors.ThirdPlaceNeedsFourEntrants;
        }

        var builder = new BracketBuilder();
        var firstRound = BracketBuilder.FirstRound(entrants);
        var (losers, _) = builder.Winners(firstRound);
        if (thirdPlaceMatch)
        {
            var semiFinalLosers = losers[^2];
            builder.Play(BracketSide.ThirdPlace, 1, semiFinalLosers[0]!, semiFinalLosers[1]!);
        }

        return new SingleEliminationBracket(entrants, firstRound, builder.Matches);
    }
}

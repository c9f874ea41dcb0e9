namespace Platform.Domain.Community.Brackets;

/// <summary>Where a match of a bracket sits: the main (winners') side, the losers' side, the grand final or the third-place match.</summary>
public enum BracketSide
{
    Winners,
    Losers,
    GrandFinal,
    ThirdPlace,
}

/// <summary>A match of a bracket by side, round (from 1) and number within its round (from 1, in bracket order).</summary>
public readonly record struct MatchRef(BracketSide Side, int Round, int Number)
{
    public override string ToString() => $"{Side} {Round}.{Number}";
}

/// <summary>One side of a match, or of a first-round pairing: a seed, an empty slot (a bye), or a feeder edge.</summary>
public abstract record BracketSlot
{
    private BracketSlot()
    {
    }

    /// <summary>The entrant of this seed (1 = the favourite).</summary>
    public sealed record Seed(int Number) : BracketSlot;

    /// <summary>No entrant: the other side goes through without a match (a walkover, never a played match).</summary>
    public sealed record Bye : BracketSlot;

    /// <summary>Whoever wins that match.</summary>
    public sealed record WinnerOf(MatchRef Match) : BracketSlot;

    /// <summary>Whoever loses that match.</summary>
    public sealed record LoserOf(MatchRef Match) : BracketSlot;
}

/// <summary>A match the bracket will play once both sides are known.</summary>
public sealed record PlannedMatch(MatchRef Ref, BracketSlot Home, BracketSlot Away);

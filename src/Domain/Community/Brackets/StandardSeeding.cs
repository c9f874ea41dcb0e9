using System.Numerics;

namespace Platform.Domain.Community.Brackets;

/// <summary>
/// Standard bracket placement (ADR: "inner–outer", as brackets-manager.js and the common tournament sites place seeds):
/// the bracket has P slots, the next power of two, and seed s meets seed P + 1 - s in the first round, in an order that
/// keeps the top seeds apart until the last rounds (1v8, 4v5, 2v7, 3v6 for P = 8). Seeds above the entrants are byes,
/// so the byes go to seeds 1..P-N.
/// </summary>
public static class StandardSeeding
{
    public static int BracketSizeFor(int entrants) =>
        entrants >= 1 ? (int)BitOperations.RoundUpToPowerOf2((uint)entrants) : throw new ArgumentOutOfRangeException(nameof(entrants));

    /// <summary>The seed in each of the <paramref name="bracketSize"/> first-round slots, top to bottom (pairs are slots 2i and 2i+1).</summary>
    public static IReadOnlyList<int> SlotOrder(int bracketSize)
    {
        if (bracketSize < 2 || !BitOperations.IsPow2(bracketSize))
        {
            throw new ArgumentOutOfRangeException(nameof(bracketSize), bracketSize, "A bracket has a power of two slots, at least 2.");
        }

        // Each doubling puts beside every seed s its opponent in the bracket twice the size.
        List<int> order = [1];
        for (var size = 2; size <= bracketSize; size *= 2)
        {
            order = [.. order.SelectMany(seed => new[] { seed, size + 1 - seed })];
        }

        return order;
    }
}

namespace Platform.Domain.Community.Brackets;

/// <summary>
/// A round robin by the FIDE Berger tables: with an even N, N - 1 rounds of N/2 matches; with an odd N, seed N + 1 is
/// the bye, so N rounds of (N - 1)/2 matches and one bye a round, each entrant's once. Each pair meets once, the first
/// named at home; a double round robin plays the tables twice, home and away swapped.
/// </summary>
public sealed class RoundRobinSchedule
{
    private RoundRobinSchedule(int entrants, IReadOnlyList<IReadOnlyList<(int Home, int Away)>> rounds, IReadOnlyList<int?> byes)
    {
        Entrants = entrants;
        Rounds = rounds;
        Byes = byes;
    }

    public int Entrants { get; }

    /// <summary>Each round's pairings of seeds, table by table.</summary>
    public IReadOnlyList<IReadOnlyList<(int Home, int Away)>> Rounds { get; }

    /// <summary>The seed each round leaves out (null with an even N).</summary>
    public IReadOnlyList<int?> Byes { get; }

    public static Result<RoundRobinSchedule> Plan(int entrants, bool twice)
    {
        if (BracketBuilder.Refusal(entrants) is { } refused)
        {
            return refused;
        }

        var n = entrants % 2 == 0 ? entrants : entrants + 1;
        var rounds = new List<IReadOnlyList<(int Home, int Away)>>();
        var byes = new List<int?>();
        for (var round = 1; round < n; round++)
        {
            // Seed n meets p: white in odd rounds, black in even ones; the other tables pair p + k with p - k.
            var p = round % 2 == 1 ? (round + 1) / 2 : (n / 2) + (round / 2);
            var tables = new List<(int Home, int Away)> { round % 2 == 1 ? (p, n) : (n, p) };
            for (var table = 1; table < n / 2; table++)
            {
                tables.Add((Wrap(p + table, n - 1), Wrap(p - table, n - 1)));
            }

            byes.Add(n > entrants ? p : null);
            rounds.Add([.. tables.Where(pair => pair.Home <= entrants && pair.Away <= entrants)]);
        }

        if (twice)
        {
            rounds.AddRange([.. rounds.Select(tables => (IReadOnlyList<(int, int)>)[.. tables.Select(pair => (pair.Away, pair.Home))])]);
            byes.AddRange([.. byes]);
        }

        return new RoundRobinSchedule(entrants, rounds, byes);
    }

    /// <summary>A number into 1..<paramref name="modulus"/>.</summary>
    private static int Wrap(int value, int modulus) => ((((value - 1) % modulus) + modulus) % modulus) + 1;
}

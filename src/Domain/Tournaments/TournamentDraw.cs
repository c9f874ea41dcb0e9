using Platform.Domain.Community.Brackets;

namespace Platform.Domain.Tournaments;

/// <summary>
/// A match the draw plans: where it sits (an elimination bracket's side, or none for round robin and Swiss games), its
/// round and number, and where its sides come from: a seed, or the winner or loser of a feeder match.
/// </summary>
public sealed record DrawnMatch(BracketSide? Side, int Round, int Number, BracketSlot Home, BracketSlot Away)
{
    public MatchRef? Ref => Side is { } side ? new MatchRef(side, Round, Number) : null;
}

/// <summary>
/// What a tournament's format makes of its seeded field (issue 18, ADR 48): an elimination bracket is planned whole at
/// the start, its later matches fed by the earlier ones' winners and losers; a round robin's Berger tables are all
/// drawn at once; a Swiss draws round 1 now and each later round from the standings. The plan is a function of the
/// settings and the number of entrants only, so it is drawn again, never stored, whenever a result has to advance it.
/// </summary>
public sealed class TournamentDraw
{
    private TournamentDraw(IReadOnlyList<DrawnMatch> matches, IReadOnlyList<(BracketSlot Top, BracketSlot Bottom)> firstRound, IReadOnlyList<int?> byes)
    {
        Matches = matches;
        FirstRound = firstRound;
        Byes = byes;
    }

    /// <summary>The matches to create now, in plan order (a match after those that feed it).</summary>
    public IReadOnlyList<DrawnMatch> Matches { get; }

    /// <summary>An elimination bracket's first-round pairings in bracket order, byes included (empty otherwise).</summary>
    public IReadOnlyList<(BracketSlot Top, BracketSlot Bottom)> FirstRound { get; }

    /// <summary>Round robin and Swiss: the seed sitting out each round drawn so far (null when nobody does).</summary>
    public IReadOnlyList<int?> Byes { get; }

    /// <summary>An elimination bracket's plan, the feeders' edges included, to follow results with.</summary>
    public IReadOnlyList<PlannedMatch> Bracket =>
        [.. Matches.Where(match => match.Side is not null).Select(match => new PlannedMatch(match.Ref!.Value, match.Home, match.Away))];

    public static Result<TournamentDraw> Of(TournamentSettings settings, int entrants)
    {
        if (settings.RefusalToStart(entrants) is { } refused)
        {
            return refused;
        }

        switch (settings.Format)
        {
            case TournamentFormat.SingleElimination:
                var single = SingleEliminationBracket.Plan(entrants, settings.ThirdPlaceMatch);
                return single.IsSuccess ? Elimination(single.Value.Matches, single.Value.FirstRound) : single.Error;
            case TournamentFormat.DoubleElimination:
                var @double = DoubleEliminationBracket.Plan(entrants, settings.GrandFinal);
                return @double.IsSuccess ? Elimination(@double.Value.Matches, @double.Value.FirstRound) : @double.Error;
            case TournamentFormat.RoundRobin:
                var schedule = RoundRobinSchedule.Plan(entrants, settings.DoubleRoundRobin);
                return schedule.IsSuccess ? Tables(schedule.Value.Rounds, schedule.Value.Byes) : schedule.Error;
            default:
                var first = SwissPairing.Next(entrants, [], settings.Points);
                return first.IsSuccess ? Tables([first.Value.Pairings], [first.Value.Bye]) : first.Error;
        }
    }

    /// <summary>The games of a round of pairings (a Swiss round after the first), numbered from 1 in the pairing's order.</summary>
    public static IReadOnlyList<DrawnMatch> Games(int round, IReadOnlyList<(int Home, int Away)> pairings) =>
        [.. pairings.Select((pair, index) => new DrawnMatch(null, round, index + 1, new BracketSlot.Seed(pair.Home), new BracketSlot.Seed(pair.Away)))];

    private static TournamentDraw Elimination(IReadOnlyList<PlannedMatch> plan, IReadOnlyList<(BracketSlot Top, BracketSlot Bottom)> firstRound) =>
        new([.. plan.Select(match => new DrawnMatch(match.Ref.Side, match.Ref.Round, match.Ref.Number, match.Home, match.Away))], firstRound, []);

    private static TournamentDraw Tables(IReadOnlyList<IReadOnlyList<(int Home, int Away)>> rounds, IReadOnlyList<int?> byes) =>
        new([.. rounds.SelectMany((tables, round) => Games(round + 1, tables))], [], byes);
}

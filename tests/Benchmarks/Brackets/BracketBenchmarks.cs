using BenchmarkDotNet.Attributes;
using Platform.Domain.Community.Brackets;

namespace Platform.Benchmarks.Brackets;

[MemoryDiagnoser]
public class BracketBenchmarks
{
    private IReadOnlyList<PlannedMatch> _doubleElimination = [];
    private List<PlayedRound> _eightSwissRounds = [];

    [GlobalSetup]
    public void Setup()
    {
        _doubleElimination = DoubleEliminationBracket.Plan(1024, GrandFinalFormat.Reset).Value.Matches;
        var random = new Random(18);
        for (var round = 0; round < 8; round++)
        {
            var next = SwissPairing.Next(512, _eightSwissRounds, PointSystem.Default).Value;
            _eightSwissRounds.Add(new PlayedRound(
                [.. next.Pairings.Select(pair => new GameResult(pair.Home, pair.Away, random.Next(10) switch { 0 => GameOutcome.Draw, < 5 => GameOutcome.HomeWin, _ => GameOutcome.AwayWin }))],
                next.Bye));
        }
    }

    [Benchmark(Description = "double elimination, 1,024 entrants: plan")]
    public int PlanDoubleElimination() => DoubleEliminationBracket.Plan(1024, GrandFinalFormat.Reset).Value.Matches.Count;

    /// <summary>Every match decided as it becomes ready, the favourite winning all but every third.</summary>
    [Benchmark(Description = "double elimination, 1,024 entrants: play through")]
    public int PlayDoubleElimination()
    {
        var progress = new BracketProgress(_doubleElimination);
        var decided = 0;
        foreach (var match in _doubleElimination)
        {
            if (progress.IsReady(match.Ref))
            {
                var (home, away) = progress.Sides(match.Ref);
                progress.Decide(match.Ref, decided++ % 3 == 0 ? Math.Max(home!.Value, away!.Value) : Math.Min(home!.Value, away!.Value));
            }
        }

        return decided;
    }

    [Benchmark(Description = "Swiss, 512 entrants: pair round 9")]
    public int PairSwissRoundNine() => SwissPairing.Next(512, _eightSwissRounds, PointSystem.Default).Value.Pairings.Count;
}

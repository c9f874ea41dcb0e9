using CsCheck;
using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;

namespace Platform.Domain.UnitTests.Community;

public sealed class RoundRobinTests
{
    private const string Format = "round_robin";

    public static TheoryData<int> Cases => BracketVectors.EntrantCounts(Format);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_of_the_vectors_file_is_the_fide_berger_table(int entrants)
    {
        var expected = BracketVectors.Case(Format, entrants);

        var schedule = RoundRobinSchedule.Plan(entrants, twice: false).Value;

        Assert.Equal(expected.GetProperty("rounds").GetInt32(), schedule.Rounds.Count);
        Assert.All(schedule.Rounds, round => Assert.Equal(expected.GetProperty("matches_per_round").GetInt32(), round.Count));
        Assert.Equal(expected.GetProperty("total_matches").GetInt32(), schedule.Rounds.Sum(round => round.Count));
        Assert.Equal(
            [.. expected.GetProperty("berger_schedule").EnumerateArray().Select(BracketVectors.Pairs)],
            schedule.Rounds.Select(round => string.Join(" ", round.Select(pair => $"{pair.Home}-{pair.Away}"))));
        var byes = expected.GetProperty("bye_each_round");
        Assert.Equal(
            byes.ValueKind == System.Text.Json.JsonValueKind.Null ? schedule.Rounds.Select(_ => (int?)null) : byes.EnumerateArray().Select(bye => (int?)bye[0].GetInt32()),
            schedule.Byes);
        Assert.Equal(expected.GetProperty("double_round_robin_total").GetInt32(), RoundRobinSchedule.Plan(entrants, twice: true).Value.Rounds.Sum(round => round.Count));
    }

    [Fact]
    public void A_double_round_robin_plays_the_tables_again_home_and_away_swapped()
    {
        var schedule = RoundRobinSchedule.Plan(4, twice: true).Value;

        Assert.Equal(6, schedule.Rounds.Count);
        Assert.Equal([(4, 1), (3, 2)], schedule.Rounds[3]);
    }

    /// <summary>For any field of 2 to 256: each pair meets exactly once, nobody plays twice in a round, and with an odd field each entrant sits out exactly once.</summary>
    [Fact]
    public void Any_field_meets_each_pair_once_and_sits_each_entrant_out_once_when_odd() =>
        Gen.Int[2, 256].Sample(entrants =>
        {
            var schedule = RoundRobinSchedule.Plan(entrants, twice: false).Value;

            var pairs = schedule.Rounds.SelectMany(round => round).Select(pair => (Math.Min(pair.Home, pair.Away), Math.Max(pair.Home, pair.Away))).ToList();
            Assert.Equal(entrants * (entrants - 1) / 2, pairs.Distinct().Count());
            Assert.Equal(pairs.Count, pairs.Distinct().Count());
            Assert.All(schedule.Rounds, round => Assert.Equal(round.Count * 2, round.SelectMany(pair => new[] { pair.Home, pair.Away }).Distinct().Count()));
            if (entrants % 2 == 1)
            {
                Assert.Equal(Enumerable.Range(1, entrants), schedule.Byes.Select(bye => bye!.Value).Order());
            }
        }, iter: 100);
}

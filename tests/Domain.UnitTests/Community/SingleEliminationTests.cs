using CsCheck;
using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;

namespace Platform.Domain.UnitTests.Community;

public sealed class SingleEliminationTests
{
    private const string Format = "single_elimination";

    public static TheoryData<int> Cases => BracketVectors.EntrantCounts(Format);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_of_the_vectors_file_is_placed_and_counted_as_it_says(int entrants)
    {
        var expected = BracketVectors.Case(Format, entrants);

        var bracket = SingleEliminationBracket.Plan(entrants, thirdPlaceMatch: false).Value;

        Assert.Equal(expected.GetProperty("bracket_size").GetInt32(), bracket.Size);
        Assert.Equal(expected.GetProperty("rounds").GetInt32(), bracket.Rounds);
        Assert.Equal(BracketVectors.Pairs(expected.GetProperty("round1_slots_in_bracket_order")),
            string.Join(" ", bracket.FirstRound.Select(pair => $"{Name(pair.Top)}-{Name(pair.Bottom)}")));
        Assert.Equal(BracketVectors.Pairs(expected.GetProperty("round1_played_matches")),
            string.Join(" ", bracket.Matches.Where(match => match.Ref.Round == 1).Select(match => $"{Name(match.Home)}-{Name(match.Away)}")));
        Assert.Equal(expected.GetProperty("byes").GetInt32(), bracket.FirstRound.Count(pair => pair.Top is BracketSlot.Bye || pair.Bottom is BracketSlot.Bye));
        Assert.Equal([.. expected.GetProperty("seeds_with_bye").EnumerateArray().Select(seed => seed.GetInt32())],
            bracket.FirstRound.Where(pair => pair.Bottom is BracketSlot.Bye).Select(pair => ((BracketSlot.Seed)pair.Top).Number).Order());
        Assert.Equal(expected.GetProperty("total_played_matches").GetInt32(), bracket.Matches.Count);
        var final = BracketPlay.Play(bracket.Matches, (_, _) => 0, favouriteWins: true)[bracket.Matches[^1].Ref];
        Assert.Equal([.. expected.GetProperty("favourites_win_final").EnumerateArray().Select(seed => seed.GetInt32())], [final.Winner, final.Loser]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void With_a_third_place_match_the_vectors_count_one_more_match_from_four_entrants(int entrants)
    {
        var expected = BracketVectors.Case(Format, entrants).GetProperty("total_with_third_place").GetInt32();

        var bracket = SingleEliminationBracket.Plan(entrants, thirdPlaceMatch: true);

        if (entrants < 4)
        {
            Assert.Equal(CommunityErrors.ThirdPlaceNeedsFourEntrants, bracket.Error);
            return;
        }

        Assert.Equal(expected, bracket.Value.Matches.Count);
        var third = bracket.Value.Matches[^1];
        Assert.Equal(BracketSide.ThirdPlace, third.Ref.Side);
        Assert.All([third.Home, third.Away], slot => Assert.Equal(bracket.Value.Rounds - 1, Assert.IsType<BracketSlot.LoserOf>(slot).Match.Round));
    }

    [Fact]
    public void Standard_placement_keeps_the_top_seeds_apart()
    {
        Assert.Equal([1, 2], StandardSeeding.SlotOrder(2));
        Assert.Equal([1, 8, 4, 5, 2, 7, 3, 6], StandardSeeding.SlotOrder(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardSeeding.SlotOrder(12));
    }

    /// <summary>
    /// For any field of 2 to 256 and any results: N - 1 matches (N with a third-place match), no pairing of two byes,
    /// every match's sides known when it is played, one champion who never lost, everyone else out after one loss.
    /// </summary>
    [Fact]
    public void Any_field_and_any_results_make_one_champion_in_n_minus_one_matches() =>
        Gen.Select(Gen.Int[2, 256], Gen.Bool, Gen.Int).Sample((entrants, thirdPlace, seed) =>
        {
            var bracket = SingleEliminationBracket.Plan(entrants, thirdPlace && entrants >= 4).Value;
            var random = new Random(seed);

            var results = BracketPlay.Play(bracket.Matches, (_, _) => random.Next(2), favouriteWins: false);

            Assert.DoesNotContain(bracket.FirstRound, pair => pair.Top is BracketSlot.Bye && pair.Bottom is BracketSlot.Bye);
            Assert.Equal(Enumerable.Range(1, entrants), bracket.FirstRound.SelectMany(pair => new[] { pair.Top, pair.Bottom }).OfType<BracketSlot.Seed>().Select(slot => slot.Number).Order());
            Assert.Equal(entrants - 1 + (thirdPlace && entrants >= 4 ? 1 : 0), bracket.Matches.Count);
            var main = results.Where(result => result.Key.Side == BracketSide.Winners).Select(result => result.Value).ToList();
            var champion = results[bracket.Matches.Last(match => match.Ref.Side == BracketSide.Winners).Ref].Winner;
            Assert.Equal(entrants - 1, main.Select(result => result.Loser).Distinct().Count());
            Assert.DoesNotContain(champion, main.Select(result => result.Loser));
        }, iter: 300);

    private static string Name(BracketSlot slot) => slot switch
    {
        BracketSlot.Seed seed => seed.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BracketSlot.Bye => "BYE",
        _ => slot.ToString(),
    };
}

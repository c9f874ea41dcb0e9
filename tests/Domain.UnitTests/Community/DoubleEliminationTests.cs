using CsCheck;
using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;

namespace Platform.Domain.UnitTests.Community;

public sealed class DoubleEliminationTests
{
    private const string Format = "double_elimination";

    public static TheoryData<int> Cases => BracketVectors.EntrantCounts(Format);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_of_the_vectors_file_plays_the_matches_it_counts(int entrants)
    {
        var expected = BracketVectors.Case(Format, entrants);

        var single = DoubleEliminationBracket.Plan(entrants, GrandFinalFormat.SingleMatch).Value;
        var reset = DoubleEliminationBracket.Plan(entrants, GrandFinalFormat.Reset).Value;

        Assert.Equal(expected.GetProperty("played_matches_single_grand_final").GetInt32(), single.Matches.Count);
        Assert.Equal(expected.GetProperty("played_matches_with_reset_if_reset_played").GetInt32(), reset.Matches.Count);
        Assert.Equal(expected.GetProperty("played_matches_with_reset_if_wb_champion_wins_gf1").GetInt32(), reset.Matches.Count - 1);
        Assert.Equal(2 * entrants - 2, single.Matches.Count);
    }

    [Fact]
    public void Eight_favourites_play_the_vectors_trace_and_the_second_losers_round_is_three_five_and_four_six()
    {
        var expected = BracketVectors.Case(Format, 8).GetProperty("favourites_win_trace_brackets_manager_defaults")
            .EnumerateArray().Select(row => string.Join(" ", row.EnumerateArray().Select(cell => cell.ToString())));
        var bracket = DoubleEliminationBracket.Plan(8, GrandFinalFormat.SingleMatch).Value;

        var results = BracketPlay.Play(bracket.Matches, (_, _) => 0, favouriteWins: true);

        Assert.Equal(expected, bracket.Matches.Select(match => $"{Label(match.Ref)} {Seeds(match, results)} {results[match.Ref].Winner}"));
    }

    [Fact]
    public void The_reset_is_planned_between_the_first_grand_finals_winner_and_loser()
    {
        var bracket = DoubleEliminationBracket.Plan(5, GrandFinalFormat.Reset).Value;

        var (first, reset) = (bracket.Matches[^2], bracket.Matches[^1]);
        Assert.Equal(new MatchRef(BracketSide.GrandFinal, 1, 1), first.Ref);
        Assert.Equal(new PlannedMatch(new MatchRef(BracketSide.GrandFinal, 2, 1), new BracketSlot.WinnerOf(first.Ref), new BracketSlot.LoserOf(first.Ref)), reset);
    }

    /// <summary>
    /// For any field and any results: every side of every match is known when it is played, and everyone but the
    /// champion loses exactly twice, so 2N - 2 matches are decided, 2N - 1 when the reset is played.
    /// </summary>
    [Fact]
    public void Any_field_and_any_results_eliminate_everyone_but_the_champion_after_two_losses() =>
        Gen.Select(Gen.Int[2, 1024], Gen.Int).Sample((entrants, seed) =>
        {
            var bracket = DoubleEliminationBracket.Plan(entrants, GrandFinalFormat.Reset).Value;
            var random = new Random(seed);

            var results = BracketPlay.Play(bracket.Matches, (_, _) => random.Next(2), favouriteWins: false);
            var reset = bracket.Matches[^1].Ref;
            var losersChampionWon = results.ContainsKey(reset);
            var losses = results.Values.GroupBy(result => result.Loser).ToDictionary(group => group.Key, group => group.Count());
            var champion = results[losersChampionWon ? reset : bracket.Matches[^2].Ref].Winner;
            Assert.Equal(entrants - 1, losses.Keys.Count(entrant => entrant != champion));
            Assert.All(losses.Where(loss => loss.Key != champion), loss => Assert.Equal(2, loss.Value));
            Assert.Equal(losersChampionWon ? 2 * entrants - 1 : 2 * entrants - 2, results.Count);
        }, iter: 200);

    /// <summary>Favourites winning, no losers' match before the losers' final repeats a pairing of the winners' side, for every field up to 1,024.</summary>
    [Fact]
    public void With_favourites_winning_no_losers_match_before_its_final_repeats_a_winners_pairing()
    {
        for (var entrants = 2; entrants <= 1024; entrants++)
        {
            var bracket = DoubleEliminationBracket.Plan(entrants, GrandFinalFormat.SingleMatch).Value;
            var results = BracketPlay.Play(bracket.Matches, (_, _) => 0, favouriteWins: true);
            var pairings = bracket.Matches.ToDictionary(match => match.Ref, match => Pairing(results[match.Ref]));
            var winners = bracket.Matches.Where(match => match.Ref.Side == BracketSide.Winners).Select(match => pairings[match.Ref]).ToHashSet();
            var losersFinal = bracket.Matches.Where(match => match.Ref.Side == BracketSide.Losers).Select(match => match.Ref.Round).DefaultIfEmpty().Max();

            var repeats = bracket.Matches.Where(match => match.Ref.Side == BracketSide.Losers && match.Ref.Round < losersFinal && winners.Contains(pairings[match.Ref]));

            Assert.True(!repeats.Any(), $"{entrants} entrants: {string.Join(", ", repeats.Select(match => $"{match.Ref} {pairings[match.Ref]}"))}");
        }
    }

    private static (int, int) Pairing((int Winner, int Loser) result) => (Math.Min(result.Winner, result.Loser), Math.Max(result.Winner, result.Loser));

    private static string Label(MatchRef match) =>
        $"{match.Side switch { BracketSide.Winners => "WB", BracketSide.Losers => "LB", _ => "GF" }}{match.Round}";

    private static string Seeds(PlannedMatch match, IReadOnlyDictionary<MatchRef, (int Winner, int Loser)> results)
    {
        var (winner, loser) = results[match.Ref];
        var homeWon = match.Home switch
        {
            BracketSlot.Seed seed => seed.Number == winner,
            BracketSlot.WinnerOf feeder => results[feeder.Match].Winner == winner,
            BracketSlot.LoserOf feeder => results[feeder.Match].Loser == winner,
            _ => false,
        };
        return homeWon ? $"{winner} {loser}" : $"{loser} {winner}";
    }
}

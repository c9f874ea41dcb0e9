using CsCheck;
using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;

namespace Platform.Domain.UnitTests.Community;

public sealed class BracketProgressTests
{
    private static readonly MatchRef Final = new(BracketSide.Winners, 2, 1);

    [Fact]
    public void A_match_takes_a_result_once_both_sides_are_known_and_only_for_one_of_them()
    {
        var progress = new BracketProgress(SingleEliminationBracket.Plan(4, thirdPlaceMatch: false).Value.Matches);

        Assert.Equal(CommunityErrors.MatchNotReportable, progress.Decide(Final, 1).Error);
        Assert.Equal(CommunityErrors.WinnerNotInMatch, progress.Decide(new MatchRef(BracketSide.Winners, 1, 1), 2).Error);
        Assert.True(progress.Decide(new MatchRef(BracketSide.Winners, 1, 1), 4).IsSuccess);
        Assert.Equal(CommunityErrors.MatchDecided, progress.Decide(new MatchRef(BracketSide.Winners, 1, 1), 1).Error);
        Assert.Equal((4, (int?)null), progress.Sides(Final));

        progress.Decide(new MatchRef(BracketSide.Winners, 1, 2), 2);

        Assert.Equal((4, 2), progress.Sides(Final));
        Assert.True(progress.IsReady(Final));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void The_reset_is_played_only_when_the_losers_side_champion_wins_the_first_grand_final(int firstFinalWinner, bool resetPlayed)
    {
        var bracket = DoubleEliminationBracket.Plan(2, GrandFinalFormat.Reset).Value;
        var progress = new BracketProgress(bracket.Matches);
        progress.Decide(new MatchRef(BracketSide.Winners, 1, 1), 1);
        var (first, reset) = (bracket.Matches[^2].Ref, bracket.Matches[^1].Ref);

        progress.Decide(first, firstFinalWinner);

        Assert.Equal(resetPlayed, progress.IsReady(reset));
        Assert.Equal(!resetPlayed, progress.IsNotNeeded(reset));
        if (resetPlayed)
        {
            Assert.Equal((2, 1), progress.Sides(reset)); // the first final's winner at home
        }
    }

    [Fact]
    public void A_new_winner_resets_the_decided_matches_it_reaches_and_the_same_winner_changes_nothing()
    {
        var progress = new BracketProgress(SingleEliminationBracket.Plan(4, thirdPlaceMatch: true).Value.Matches);
        var (semi1, semi2, third) = (new MatchRef(BracketSide.Winners, 1, 1), new MatchRef(BracketSide.Winners, 1, 2), new MatchRef(BracketSide.ThirdPlace, 1, 1));
        Assert.Equal(CommunityErrors.MatchNotDecided, progress.Revise(semi1, 1).Error);
        Assert.Equal(CommunityErrors.MatchNotFound, progress.Revise(new MatchRef(BracketSide.Winners, 9, 9), 1).Error);
        Assert.Equal(CommunityErrors.MatchNotFound, progress.Decide(new MatchRef(BracketSide.GrandFinal, 2, 1), 1).Error);
        progress.Decide(semi1, 1);
        progress.Decide(semi2, 2);
        progress.Decide(Final, 1);
        progress.Decide(third, 4);

        Assert.Empty(progress.Revise(semi2, 2).Value);
        Assert.Equal([Final, third], progress.DecidedDownstreamOf(semi2));
        Assert.Equal([Final, third], progress.Revise(semi2, 3).Value);

        Assert.Equal((1, 3), progress.Sides(Final));
        Assert.Equal((4, 2), progress.Sides(third));
        Assert.False(progress.Results.ContainsKey(Final));
    }

    /// <summary>Any bracket, any results: a cascading edit of any match, then its original result and the reset matches' again, gives back the same bracket.</summary>
    [Fact]
    public void A_cascading_edit_followed_by_the_original_results_gives_back_the_same_bracket() =>
        Gen.Select(Gen.Int[2, 128], Gen.Int).Sample((entrants, seed) =>
        {
            var random = new Random(seed);
            var plan = DoubleEliminationBracket.Plan(entrants, GrandFinalFormat.Reset).Value.Matches;
            var original = BracketPlay.Play(plan, (_, _) => random.Next(2), favouriteWins: false).ToDictionary();
            var progress = new BracketProgress(plan);
            foreach (var match in plan.Where(match => original.ContainsKey(match.Ref)))
            {
                progress.Decide(match.Ref, original[match.Ref].Winner);
            }

            var edited = plan[random.Next(plan.Count)].Ref;
            if (!original.TryGetValue(edited, out var result))
            {
                return; // the reset was not needed
            }

            var reset = progress.Revise(edited, result.Loser).Value;
            Assert.All(reset, match => Assert.False(progress.Results.ContainsKey(match)));
            progress.Revise(edited, result.Winner);
            foreach (var match in reset)
            {
                Assert.True(progress.IsReady(match), $"{match} is not ready again");
                Assert.True(progress.Decide(match, original[match].Winner).IsSuccess);
            }

            Assert.Equal(
                original.OrderBy(entry => entry.Key.ToString()).Select(entry => (entry.Key, (int?)entry.Value.Winner, (int?)entry.Value.Loser)),
                progress.Results.OrderBy(entry => entry.Key.ToString()).Select(entry => (entry.Key, entry.Value.Winner, entry.Value.Loser)));
        }, iter: 200);

    [Fact]
    public void A_forfeit_goes_to_the_side_that_showed_and_a_double_forfeit_sends_nobody_on_so_the_next_match_is_a_walkover()
    {
        var progress = new BracketProgress(SingleEliminationBracket.Plan(4, thirdPlaceMatch: true).Value.Matches);
        var (semi1, semi2, third) = (new MatchRef(BracketSide.Winners, 1, 1), new MatchRef(BracketSide.Winners, 1, 2), new MatchRef(BracketSide.ThirdPlace, 1, 1));

        Assert.Equal(CommunityErrors.ForfeitNotInMatch, progress.Forfeit(semi1, [2]).Error);
        Assert.Equal(CommunityErrors.ForfeitNotInMatch, progress.Forfeit(semi1, []).Error);
        progress.Forfeit(semi1, [4]);
        progress.Forfeit(semi2, [2, 3]);

        Assert.Equal(new MatchOutcome(1, 4, Forfeit: true), progress.Results[semi1]);
        Assert.Equal(new MatchOutcome(null, null, Forfeit: true), progress.Results[semi2]);
        Assert.Equal(new MatchOutcome(1, null, Forfeit: true), progress.Results[Final]); // a walkover
        Assert.Equal(new MatchOutcome(4, null, Forfeit: true), progress.Results[third]);
    }

    [Fact]
    public void A_withdrawn_entrant_forfeits_its_match_now_and_its_losers_side_match_once_that_fills()
    {
        var progress = new BracketProgress(DoubleEliminationBracket.Plan(8, GrandFinalFormat.Reset).Value.Matches);
        var (first, second, losersFirst) = (new MatchRef(BracketSide.Winners, 1, 1), new MatchRef(BracketSide.Winners, 1, 2), new MatchRef(BracketSide.Losers, 1, 1));

        Assert.Equal([first], progress.Withdraw(8));
        Assert.Equal(new MatchOutcome(1, 8, Forfeit: true), progress.Results[first]);
        Assert.False(progress.Results.ContainsKey(losersFirst));

        progress.Decide(second, 4);

        Assert.Equal(new MatchOutcome(5, 8, Forfeit: true), progress.Results[losersFirst]);
    }

    /// <summary>
    /// Any bracket and any mix of played results, forfeits, double forfeits and withdrawals: every match ends decided
    /// or not needed, nobody loses more often than the format allows, and a withdrawn entrant wins nothing afterwards.
    /// </summary>
    [Fact]
    public void Any_results_forfeits_and_withdrawals_end_every_match_and_keep_the_loss_counts() =>
        Gen.Select(Gen.Int[2, 256], Gen.Bool, Gen.Int).Sample((entrants, doubleElimination, seed) =>
        {
            var random = new Random(seed);
            var plan = doubleElimination
                ? DoubleEliminationBracket.Plan(entrants, GrandFinalFormat.Reset).Value.Matches
                : SingleEliminationBracket.Plan(entrants, thirdPlaceMatch: entrants >= 4).Value.Matches;
            var progress = new BracketProgress(plan);
            var winsAfterWithdrawal = new List<int>();
            while (plan.FirstOrDefault(match => progress.IsReady(match.Ref)) is { } match)
            {
                var (home, away) = progress.Sides(match.Ref);
                var decided = new HashSet<MatchRef>(progress.Results.Keys);
                switch (random.Next(20))
                {
                    case 0:
                        progress.Withdraw(random.Next(2) == 0 ? home!.Value : away!.Value);
                        break;
                    case 1:
                        progress.Forfeit(match.Ref, [home!.Value, away!.Value]);
                        break;
                    case 2:
                        progress.Forfeit(match.Ref, [random.Next(2) == 0 ? home!.Value : away!.Value]);
                        break;
                    default:
                        progress.Decide(match.Ref, random.Next(2) == 0 ? home!.Value : away!.Value);
                        break;
                }

                winsAfterWithdrawal.AddRange(progress.Results.Where(result => !decided.Contains(result.Key) && result.Value.Winner is { } winner && progress.Withdrawn.Contains(winner))
                    .Select(result => result.Value.Winner!.Value));
            }

            Assert.All(plan, match => Assert.True(progress.Results.ContainsKey(match.Ref) || progress.IsNotNeeded(match.Ref), $"{match.Ref} was left open"));
            var losses = progress.Results.Values.Where(result => result.Loser is not null).GroupBy(result => result.Loser!.Value);
            Assert.All(losses, loser => Assert.InRange(loser.Count(), 1, doubleElimination ? 2 : 1 + (entrants >= 4 ? 1 : 0)));
            Assert.Empty(winsAfterWithdrawal);
        }, iter: 300);
}

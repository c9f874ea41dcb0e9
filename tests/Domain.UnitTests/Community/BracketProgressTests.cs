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
}

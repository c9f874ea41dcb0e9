using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;

namespace Platform.Domain.UnitTests.Community;

/// <summary>Every format takes a field of 2 to 1,024 entrants, and refuses the same way outside it.</summary>
public sealed class BracketFieldTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1025)]
    public void Fewer_than_two_or_more_than_1024_entrants_are_refused_by_every_format(int entrants)
    {
        var expected = entrants < 2 ? CommunityErrors.TooFewEntrants : CommunityErrors.TooManyEntrants;

        Assert.Equal(expected, SingleEliminationBracket.Plan(entrants, thirdPlaceMatch: false).Error);
        Assert.Equal(expected, DoubleEliminationBracket.Plan(entrants, GrandFinalFormat.Reset).Error);
        Assert.Equal(expected, RoundRobinSchedule.Plan(entrants, twice: false).Error);
        Assert.Equal(expected, SwissPairing.Next(entrants, [], PointSystem.Default).Error);
    }

    [Fact]
    public void The_largest_field_is_planned_by_every_format()
    {
        Assert.Equal(1023, SingleEliminationBracket.Plan(1024, thirdPlaceMatch: false).Value.Matches.Count);
        Assert.Equal(2046, DoubleEliminationBracket.Plan(1024, GrandFinalFormat.SingleMatch).Value.Matches.Count);
        Assert.Equal(1023, RoundRobinSchedule.Plan(1024, twice: false).Value.Rounds.Count);
        Assert.Equal(512, SwissPairing.Next(1024, [], PointSystem.Default).Value.Pairings.Count);
    }
}

using Platform.Domain.Teams;

namespace Platform.Domain.UnitTests.Teams;

public sealed class PlayerProfileTests
{
    private static readonly Guid Player = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_user_who_never_saved_a_profile_has_the_empty_one_at_version_0()
    {
        var profile = PlayerProfile.EmptyFor(Player);

        Assert.Equal((0, 0, "", 0L, (DateTimeOffset?)null), (profile.Sports.Count, profile.Positions.Count, profile.City, profile.Version, profile.UpdatedAt));
    }

    [Fact]
    public void Saving_replaces_everything_trims_and_drops_repeats()
    {
        var profile = PlayerProfile.EmptyFor(Player);

        profile.Update(["football", "futsal", "football"], [" Goalkeeper ", "goalkeeper", "Winger"], "  Berlin ", Now);
        var second = profile.Update(["basketball"], null, "", Now.AddMinutes(1));

        Assert.True(second.IsSuccess);
        Assert.Equal(["basketball"], profile.Sports);
        Assert.Empty(profile.Positions);
        Assert.Equal(("", 2L, Now.AddMinutes(1)), (profile.City, profile.Version, profile.UpdatedAt));
        Assert.Equal(2, profile.DomainEvents.Count(domainEvent => domainEvent.Equals(new PlayerProfileUpdated(Player))));
    }

    [Fact]
    public void The_first_save_keeps_positions_in_the_order_given()
    {
        var profile = PlayerProfile.EmptyFor(Player);

        profile.Update(["football"], [" Goalkeeper ", "goalkeeper", "Winger"], "Berlin", Now);

        Assert.Equal(["Goalkeeper", "Winger"], profile.Positions);
        Assert.Equal("Berlin", profile.City);
    }

    [Theory]
    [InlineData("chess", "GK", "Berlin", "sport_unknown")]
    [InlineData("Football", "GK", "Berlin", "sport_unknown")]
    [InlineData("football", " ", "Berlin", "positions_invalid")]
    [InlineData("football", "G\0K", "Berlin", "positions_invalid")]
    [InlineData("football", "GK", "Ber\nlin", "city_invalid")]
    public void Unknown_sports_and_bad_positions_or_cities_are_refused_and_nothing_changes(string sport, string position, string city, string code)
    {
        var profile = PlayerProfile.EmptyFor(Player);

        var result = profile.Update([sport], [position], city, Now);

        Assert.Equal(code, result.Error!.Code);
        Assert.Equal((0, 0L), (profile.Sports.Count, profile.Version));
    }

    [Fact]
    public void More_than_ten_positions_are_refused()
    {
        var positions = Enumerable.Range(1, PlayerProfile.MaxPositions + 1).Select(index => $"P{index}").ToList();

        Assert.Equal("positions_invalid", PlayerProfile.EmptyFor(Player).Update(["football"], positions, null, Now).Error!.Code);
    }
}

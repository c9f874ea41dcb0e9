using Platform.Domain.Playgrounds;

namespace Platform.Domain.UnitTests.Playgrounds;

public sealed class PlaygroundTests
{
    private static readonly Guid Creator = Guid.CreateVersion7();
    private static readonly Guid Stranger = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);

    /// <summary>Every day 08:00 to 22:00, and on Saturday on to 24:00 with Sunday from 00:00 to 02:00 (open past midnight).</summary>
    private static readonly OpeningInterval[] Week =
    [
        .. Enum.GetValues<DayOfWeek>().Where(day => day != DayOfWeek.Saturday).Select(day => new OpeningInterval(day, 8 * 60, 22 * 60)),
        new(DayOfWeek.Saturday, 8 * 60, 24 * 60),
        new(DayOfWeek.Sunday, 0, 2 * 60),
    ];

    [Fact]
    public void A_new_playground_keeps_its_details_and_orders_its_hours_monday_first()
    {
        var playground = Playground.Create(Creator, Details(), Now).Value;

        Assert.Equal(("Park pitch", "Hauptstr. 1", "Berlin", "BERLIN"), (playground.Name, playground.Address, playground.City, playground.CityKey));
        Assert.Equal((DayOfWeek.Monday, DayOfWeek.Sunday), (playground.OpeningHours[0].Day, playground.OpeningHours[^1].Day));
        Assert.Equal(new PlaygroundCreated(playground.Id, Creator), Assert.Single(playground.DomainEvents));
    }

    [Theory]
    [InlineData("name", "playground_name_invalid")]
    [InlineData("latitude", "coordinates_invalid")]
    [InlineData("longitude", "coordinates_invalid")]
    [InlineData("sports", "playground_sports_invalid")]
    [InlineData("surface", "surface_invalid")]
    [InlineData("pitches", "pitches_invalid")]
    [InlineData("hours", "opening_hours_invalid")]
    [InlineData("overlap", "opening_hours_invalid")]
    [InlineData("zone", "unknown_time_zone")]
    public void Bad_details_are_refused(string broken, string code)
    {
        var details = broken switch
        {
            "name" => Details() with { Name = "\0" },
            "latitude" => Details() with { Latitude = 90.5 },
            "longitude" => Details() with { Longitude = double.NaN },
            "sports" => Details() with { Sports = ["chess"] },
            "surface" => Details() with { Surface = "lava" },
            "pitches" => Details() with { Pitches = 0 },
            "hours" => Details() with { OpeningHours = [new(DayOfWeek.Monday, 600, 600)] },
            "overlap" => Details() with { OpeningHours = [new(DayOfWeek.Monday, 480, 720), new(DayOfWeek.Monday, 700, 900)] },
            _ => Details() with { TimeZone = "Mars/Olympus" },
        };

        Assert.Equal(code, Playground.Create(Creator, details, Now).Error!.Code);
    }

    [Fact]
    public void The_creator_and_a_moderator_change_it_others_are_refused()
    {
        var playground = Playground.Create(Creator, Details(), Now).Value;

        Assert.Equal("playground_permission_denied", playground.Update(Stranger, false, Details() with { Name = "Mine" }, Now).Error!.Code);
        Assert.True(playground.Update(Stranger, true, Details() with { Name = "Moderated" }, Now).IsSuccess);
        Assert.True(playground.Update(Creator, false, Details() with { Name = "Again" }, Now).IsSuccess);
        Assert.Equal(("Again", 3L), (playground.Name, playground.Version));
        Assert.Equal("playground_permission_denied", playground.Delete(Stranger, false).Error!.Code);
        Assert.True(playground.Delete(Stranger, true).IsSuccess);
    }

    [Theory]
    [InlineData("2026-12-07T08:00:00+01:00", 90, true)]   // Monday, opening time
    [InlineData("2026-12-07T07:59:00+01:00", 90, false)]  // a minute early
    [InlineData("2026-12-07T20:30:00+01:00", 90, true)]   // ends at closing time
    [InlineData("2026-12-07T21:00:00+01:00", 90, false)]  // runs past closing
    [InlineData("2026-12-12T23:30:00+01:00", 120, true)]  // Saturday night into Sunday: the two intervals join
    [InlineData("2026-12-13T01:30:00+01:00", 60, false)]  // Sunday, past 02:00
    [InlineData("2026-12-13T03:00:00+01:00", 60, false)]  // Sunday night, closed
    public void A_match_is_open_throughout_only_within_the_local_hours(string start, int minutes, bool open)
    {
        var playground = Playground.Create(Creator, Details(), Now).Value;

        Assert.Equal(open, playground.IsOpenThroughout(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMinutes(minutes)));
    }

    [Fact]
    public void On_the_night_summer_time_begins_the_short_night_counts_as_the_clock_says()
    {
        // Europe/Berlin, Sunday 2026-03-29: 02:00 becomes 03:00. Saturday 08:00-24:00 and Sunday 00:00-02:00 are open,
        // then closed until 08:00. Sunday 00:00 CET is 23:00Z; 02:00 local is skipped, so Sunday's interval ends at 01:00Z.
        var playground = Playground.Create(Creator, Details(), Now).Value;

        Assert.True(playground.IsOpenThroughout(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2)));
        Assert.False(playground.IsOpenThroughout(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2).Add(TimeSpan.FromMinutes(1))));
        // 08:00 CEST on that Sunday is 06:00Z; an hour earlier in real time would have been 08:00 CET.
        Assert.True(playground.IsOpenThroughout(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1)));
        Assert.False(playground.IsOpenThroughout(new DateTimeOffset(2026, 3, 29, 5, 30, 0, TimeSpan.Zero), TimeSpan.FromHours(1)));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.FromHours(2)), playground.LocalTimeOf(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void On_the_night_summer_time_ends_the_repeated_hour_is_open_both_times()
    {
        // Europe/Berlin, Sunday 2026-10-25: 03:00 CEST becomes 02:00 CET, so 00:00-02:00 local lasts three real hours
        // when the interval ends at the second 02:00... here Sunday closes at 02:00, which comes before the repeat: 00:00
        // CEST (22:00Z) to 02:00 CEST (00:00Z) would be two hours; the repeated hour is 02:00-03:00, after closing.
        var playground = Playground.Create(Creator, Details() with { OpeningHours = [new(DayOfWeek.Sunday, 0, 3 * 60)] }, Now).Value;

        // Sunday 00:00 CEST = Saturday 22:00Z; 03:00 local happens once, in CET = 02:00Z: open for four real hours.
        Assert.True(playground.IsOpenThroughout(new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(4)));
        Assert.False(playground.IsOpenThroughout(new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(4).Add(TimeSpan.FromMinutes(1))));
    }

    [Fact]
    public void An_interval_ending_in_the_repeated_hour_closes_at_its_second_occurrence()
    {
        var playground = Playground.Create(Creator, Details() with { OpeningHours = [new(DayOfWeek.Sunday, 0, 150)] }, Now).Value;

        // 02:30 local happens at 00:30Z (CEST) and again at 01:30Z (CET): open until 01:30Z, three and a half real hours.
        Assert.True(playground.IsOpenThroughout(new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(210)));
        Assert.False(playground.IsOpenThroughout(new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(211)));
    }

    [Theory]
    [InlineData("00:00", 0)]
    [InlineData("08:30", 510)]
    [InlineData("24:00", 1440)]
    [InlineData("24:01", null)]
    [InlineData("8:30", null)]
    [InlineData("08:60", null)]
    [InlineData("-1:00", null)]
    public void Times_are_read_as_HH_mm_up_to_24_00(string text, int? minute)
    {
        Assert.Equal(minute, OpeningInterval.MinuteOf(text));
    }

    private static PlaygroundDetails Details() =>
        new(" Park pitch ", "Hauptstr. 1", "Berlin", 52.52, 13.405, ["football", "futsal"], "artificial_turf", 2, Week, "Europe/Berlin");
}

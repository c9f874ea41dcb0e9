using System.ComponentModel.DataAnnotations;
using Platform.Application.Playgrounds;
using Platform.Domain.Community;
using Platform.Domain.Playgrounds;

namespace Platform.Api.Modules.Playgrounds;

/// <summary>A playground's details, all of them, in a create or an update.</summary>
/// <param name="Name">1 to 100 characters.</param>
/// <param name="Address">1 to 200 characters.</param>
/// <param name="City">1 to 100 characters.</param>
/// <param name="Latitude">Degrees north, -90 to 90.</param>
/// <param name="Longitude">Degrees east, -180 to 180.</param>
/// <param name="Sports">1 to 10 sports it suits (codes).</param>
/// <param name="Surface">What its pitches are laid with (a code).</param>
/// <param name="Pitches">How many matches can be played there at once, 1 to 50.</param>
/// <param name="OpeningHours">When it is open each week in its local time: up to 28 intervals, not overlapping on a day; absent or empty: never open for bookings.</param>
/// <param name="TimeZone">The IANA time zone of the opening hours, e.g. Europe/Berlin (422 <c>unknown_time_zone</c> otherwise).</param>
public sealed record PlaygroundRequest(
    [property: StringLength(Playground.NameMaxLength, MinimumLength = 1)] string? Name,
    [property: StringLength(Playground.AddressMaxLength, MinimumLength = 1)] string? Address,
    [property: StringLength(CommunityText.CityMaxLength, MinimumLength = 1)] string? City,
    [property: Range(-90.0, 90.0)] double? Latitude,
    [property: Range(-180.0, 180.0)] double? Longitude,
    [property: ValuesFrom(typeof(Sports), nameof(Sports.All)), MaxLength(Playground.MaxSports)] IReadOnlyList<string>? Sports,
    [property: ValuesFrom(typeof(Surfaces), nameof(Surfaces.All))] string? Surface,
    [property: Range(1, Playground.MaxPitches)] int? Pitches,
    [property: MaxLength(WeeklyHours.MaxIntervals)] IReadOnlyList<OpeningHoursRequest>? OpeningHours,
    [property: StringLength(Playground.TimeZoneMaxLength, MinimumLength = 1)] string? TimeZone)
{
    /// <summary>The opening hours as the Application takes them.</summary>
    public IReadOnlyList<OpeningHoursInput>? OpeningHoursInput() =>
        OpeningHours?.Select(interval => new OpeningHoursInput(interval.Day, interval.Opens, interval.Closes)).ToList();
}

/// <summary>One weekly opening in the playground's local time.</summary>
/// <param name="Day">monday to sunday.</param>
/// <param name="Opens">HH:mm.</param>
/// <param name="Closes">HH:mm after it; 24:00 for the day's end. Open past midnight: add the next day from 00:00.</param>
public sealed record OpeningHoursRequest(
    [property: ValuesFrom(typeof(WeekDays), nameof(WeekDays.All))] string? Day,
    [property: StringLength(5, MinimumLength = 5)] string? Opens,
    [property: StringLength(5, MinimumLength = 5)] string? Closes);

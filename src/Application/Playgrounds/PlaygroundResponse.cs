using Mapster;
using MapsterMapper;
using Platform.Domain.Playgrounds;

namespace Platform.Application.Playgrounds;

/// <summary>A playground as every signed-in user sees it.</summary>
/// <param name="Id">The playground's id.</param>
/// <param name="Name">1-100 characters.</param>
/// <param name="Address">1-200 characters.</param>
/// <param name="City">Its city.</param>
/// <param name="Latitude">Degrees north (-90 to 90).</param>
/// <param name="Longitude">Degrees east (-180 to 180).</param>
/// <param name="Sports">The sports it suits (codes).</param>
/// <param name="Surface">What its pitches are laid with (a code).</param>
/// <param name="Pitches">How many matches can be played there at once.</param>
/// <param name="OpeningHours">When it is open each week, in its local time, Monday first.</param>
/// <param name="TimeZone">The IANA time zone of its opening hours and local match times.</param>
/// <param name="OwnerId">Who created it.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="Version">The version the ETag names.</param>
/// <param name="DistanceKm">How far it is from the point a list asked about, in kilometres; null otherwise.</param>
public sealed record PlaygroundResponse(
    Guid Id,
    string Name,
    string Address,
    string City,
    double Latitude,
    double Longitude,
    IReadOnlyList<string> Sports,
    string Surface,
    int Pitches,
    IReadOnlyList<OpeningHoursResponse> OpeningHours,
    string TimeZone,
    Guid OwnerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    double? DistanceKm);

/// <summary>One weekly opening, in the playground's local time.</summary>
/// <param name="Day">monday to sunday.</param>
/// <param name="Opens">HH:mm.</param>
/// <param name="Closes">HH:mm, 24:00 for midnight at the day's end.</param>
public sealed record OpeningHoursResponse(string Day, string Opens, string Closes);

/// <summary>A playground found around a point maps with its distance, which the aggregate does not hold (ADR 30).</summary>
internal static class PlaygroundDistance
{
    private const string Parameter = "distanceKm";

    public static double? Km => MapContext.Current?.Parameters.TryGetValue(Parameter, out var value) == true ? (double?)value : null;

    public static PlaygroundResponse MapHit(this IMapper mapper, PlaygroundHit hit) =>
        mapper.From(hit.Playground).AddParameters(Parameter, hit.DistanceKm is { } km ? Math.Round(km, 3) : null!).AdaptToType<PlaygroundResponse>();
}

internal sealed class PlaygroundMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<OpeningInterval, OpeningHoursResponse>()
            .Map(response => response.Day, interval => WeekDays.NameOf(interval.Day))
            .Map(response => response.Opens, interval => OpeningInterval.TextOf(interval.OpensMinute))
            .Map(response => response.Closes, interval => OpeningInterval.TextOf(interval.ClosesMinute));
        config.NewConfig<Playground, PlaygroundResponse>().Map(response => response.DistanceKm, _ => PlaygroundDistance.Km);
    }
}

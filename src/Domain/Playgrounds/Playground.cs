using Platform.Domain.Community;

namespace Platform.Domain.Playgrounds;

/// <summary>
/// A place to play: an address with coordinates, the sports it suits, its surface, how many pitches it has and when it
/// is open each week in its own time zone. Readable by every signed-in user; changed by its creator or a moderator.
/// Every change raises its <see cref="PlaygroundEvent"/>.
/// </summary>
public sealed class Playground : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int AddressMaxLength = 200;
    public const int MaxPitches = 50;
    public const int MaxSports = 10;
    public const int TimeZoneMaxLength = 64;

    private readonly List<string> _sports = [];
    private readonly List<OpeningInterval> _openingHours = [];

    private Playground(Guid id, Guid ownerId, DateTimeOffset createdAt)
    {
        Id = id;
        OwnerId = ownerId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; }

    /// <summary>Who created it.</summary>
    public Guid OwnerId { get; }

    public string Name { get; private set; } = string.Empty;

    public string Address { get; private set; } = string.Empty;

    public string City { get; private set; } = string.Empty;

    /// <summary>The city as filters compare it (trimmed, upper case).</summary>
    public string CityKey { get; private set; } = string.Empty;

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public IReadOnlyList<string> Sports => _sports;

    public string Surface { get; private set; } = string.Empty;

    /// <summary>How many matches can be played there at once.</summary>
    public int Pitches { get; private set; }

    /// <summary>The weekly opening hours in <see cref="TimeZone"/>'s local time; empty means never open for bookings.</summary>
    public IReadOnlyList<OpeningInterval> OpeningHours => _openingHours;

    /// <summary>The IANA time zone its opening hours and local match times are in.</summary>
    public string TimeZone { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Goes up by one with every change: the entity tag clients send back in <c>If-Match</c>, and the optimistic lock.</summary>
    public long Version { get; private set; } = 1;

    public bool IsAtVersion(long version) => Version == version;

    public bool IsOwnedBy(Guid userId) => OwnerId == userId;

    /// <summary>Its creator and moderators may change it.</summary>
    public bool MayBeChangedBy(Guid userId, bool isModerator) => isModerator || IsOwnedBy(userId);

    public static Result<Playground> Create(Guid ownerId, PlaygroundDetails details, DateTimeOffset now)
    {
        if (ownerId == Guid.Empty)
        {
            throw new ArgumentException("Every playground has a creator.", nameof(ownerId));
        }

        var playground = new Playground(Guid.CreateVersion7(now), ownerId, StoredTime.From(now));
        var set = playground.SetDetails(details);
        if (!set.IsSuccess)
        {
            return set.Error;
        }

        playground.Raise(new PlaygroundCreated(playground.Id, ownerId));
        return playground;
    }

    public Result<Playground> Update(Guid actorId, bool isModerator, PlaygroundDetails details, DateTimeOffset now)
    {
        if (!MayBeChangedBy(actorId, isModerator))
        {
            return PlaygroundsErrors.PermissionDenied;
        }

        var set = SetDetails(details);
        if (!set.IsSuccess)
        {
            return set.Error;
        }

        UpdatedAt = StoredTime.From(now);
        Version++;
        Raise(new PlaygroundUpdated(Id, actorId));
        return this;
    }

    /// <summary>Records the playground's deletion (its creator or a moderator); its repository then removes it.</summary>
    public Result<Playground> Delete(Guid actorId, bool isModerator)
    {
        if (!MayBeChangedBy(actorId, isModerator))
        {
            return PlaygroundsErrors.PermissionDenied;
        }

        Raise(new PlaygroundDeleted(Id, actorId));
        return this;
    }

    /// <summary>Whether a match from <paramref name="start"/> for <paramref name="duration"/> lies within the local opening hours.</summary>
    public bool IsOpenThroughout(DateTimeOffset start, TimeSpan duration) =>
        WeeklyHours.Covers(_openingHours, TimeZoneInfo.FindSystemTimeZoneById(TimeZone), start, duration);

    /// <summary>The local wall-clock time of an instant at this playground.</summary>
    public DateTimeOffset LocalTimeOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));

    private Result<Playground> SetDetails(PlaygroundDetails details)
    {
        var name = CommunityText.Clean(details.Name, NameMaxLength);
        var address = CommunityText.Clean(details.Address, AddressMaxLength);
        var city = CommunityText.Clean(details.City, CommunityText.CityMaxLength);
        var sports = (details.Sports ?? []).Distinct(StringComparer.Ordinal).ToList();
        var hours = (details.OpeningHours ?? []).ToList();
        var refusal =
            name is null ? PlaygroundsErrors.NameInvalid
            : address is null ? PlaygroundsErrors.AddressInvalid
            : city is null ? PlaygroundsErrors.CityInvalid
            : !IsCoordinate(details.Latitude, 90) || !IsCoordinate(details.Longitude, 180) ? PlaygroundsErrors.CoordinatesInvalid
            : sports.Count is 0 or > MaxSports || !sports.TrueForAll(Community.Sports.IsKnown) ? PlaygroundsErrors.SportsInvalid
            : !Surfaces.IsKnown(details.Surface) ? PlaygroundsErrors.SurfaceInvalid
            : details.Pitches is < 1 or > MaxPitches ? PlaygroundsErrors.PitchesInvalid
            : hours.Count > WeeklyHours.MaxIntervals || !hours.TrueForAll(interval => interval.IsValid) || Overlap(hours) ? PlaygroundsErrors.OpeningHoursInvalid
            : !IsTimeZone(details.TimeZone) ? PlaygroundsErrors.UnknownTimeZone
            : null;
        if (refusal is not null)
        {
            return refusal;
        }

        Name = name!;
        Address = address!;
        City = city!;
        CityKey = CommunityText.KeyOf(city!);
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        _sports.Clear();
        _sports.AddRange(sports);
        Surface = details.Surface!;
        Pitches = details.Pitches;
        _openingHours.Clear();
        _openingHours.AddRange(hours.OrderBy(interval => ((int)interval.Day + 6) % 7).ThenBy(interval => interval.OpensMinute));
        TimeZone = details.TimeZone!;
        return this;
    }

    public static bool IsTimeZone(string? zone) =>
        zone is { Length: > 0 and <= TimeZoneMaxLength } && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId;

    private static bool IsCoordinate(double value, double limit) => double.IsFinite(value) && value >= -limit && value <= limit;

    private static bool Overlap(List<OpeningInterval> hours) =>
        hours.GroupBy(interval => interval.Day).Any(day =>
            day.OrderBy(interval => interval.OpensMinute).Zip(day.OrderBy(interval => interval.OpensMinute).Skip(1))
                .Any(pair => pair.Second.OpensMinute < pair.First.ClosesMinute));
}

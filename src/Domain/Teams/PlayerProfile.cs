using Platform.Domain.Community;

namespace Platform.Domain.Teams;

/// <summary>
/// What a user tells the community about themselves as a player: the sports they play, their positions and their city.
/// One per user, keyed by the user's id; a user who never saved one has the empty profile.
/// </summary>
public sealed class PlayerProfile : AggregateRoot
{
    public const int MaxSports = 10;
    public const int MaxPositions = 10;
    public const int PositionMaxLength = 40;

    private readonly List<string> _sports = [];
    private readonly List<string> _positions = [];

    private PlayerProfile(Guid userId) => UserId = userId;

    public Guid UserId { get; }

    public IReadOnlyList<string> Sports => _sports;

    public IReadOnlyList<string> Positions => _positions;

    /// <summary>Empty when not given.</summary>
    public string City { get; private set; } = string.Empty;

    /// <summary>When it was last saved; null for the empty profile of a user who never saved one.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>Goes up by one with every save (0 before the first): the entity tag, and the optimistic lock.</summary>
    public long Version { get; private set; }

    public bool IsAtVersion(long version) => Version == version;

    /// <summary>The profile of a user who has not saved one yet; the repository adds it on its first save.</summary>
    public static PlayerProfile EmptyFor(Guid userId) =>
        userId == Guid.Empty ? throw new ArgumentException("A profile belongs to a user.", nameof(userId)) : new PlayerProfile(userId);

    /// <summary>Replaces sports (known codes, de-duplicated), positions (trimmed, de-duplicated) and city (empty clears it).</summary>
    public Result<PlayerProfile> Update(IReadOnlyCollection<string>? sports, IReadOnlyCollection<string>? positions, string? city, DateTimeOffset now)
    {
        var chosenSports = (sports ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (chosenSports.Count > MaxSports || !chosenSports.TrueForAll(Community.Sports.IsKnown))
        {
            return TeamsErrors.SportUnknown;
        }

        var chosenPositions = (positions ?? []).Select(position => CommunityText.Clean(position, PositionMaxLength)).ToList();
        if (chosenPositions.Count > MaxPositions || chosenPositions.Contains(null))
        {
            return TeamsErrors.PositionsInvalid;
        }

        var cityText = city?.Trim() ?? string.Empty;
        if (cityText.Length > 0 && CommunityText.Clean(cityText, CommunityText.CityMaxLength) is null)
        {
            return TeamsErrors.CityInvalid;
        }

        _sports.Clear();
        _sports.AddRange(chosenSports);
        _positions.Clear();
        _positions.AddRange(chosenPositions.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
        City = cityText;
        UpdatedAt = StoredTime.From(now);
        Version++;
        Raise(new PlayerProfileUpdated(UserId));
        return this;
    }
}

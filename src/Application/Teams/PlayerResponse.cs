namespace Platform.Application.Teams;

/// <summary>A player: what they tell the community and the teams they are on.</summary>
/// <param name="UserId">The player's account.</param>
/// <param name="DisplayName">Their public name.</param>
/// <param name="Sports">The sports they play (codes).</param>
/// <param name="Positions">Their positions, as they name them.</param>
/// <param name="City">Their city; empty when not given.</param>
/// <param name="Teams">The teams they are on, by name.</param>
/// <param name="UpdatedAt">When they last saved their profile (UTC); null when never.</param>
/// <param name="Version">The version the ETag names (0 before the first save).</param>
public sealed record PlayerResponse(
    Guid UserId,
    string DisplayName,
    IReadOnlyList<string> Sports,
    IReadOnlyList<string> Positions,
    string City,
    IReadOnlyList<PlayerTeam> Teams,
    DateTimeOffset? UpdatedAt,
    long Version);

/// <summary>A team a player is on.</summary>
/// <param name="Id">The team.</param>
/// <param name="Name">Its name.</param>
/// <param name="Sport">Its sport.</param>
/// <param name="IsCaptain">Whether the player captains it.</param>
public sealed record PlayerTeam(Guid Id, string Name, string Sport, bool IsCaptain);

namespace Platform.Application.Identity.ListSessions;

/// <summary>A signed-in device as its owner sees it.</summary>
public sealed record SessionResponse(
    Guid Id,
    string AppType,
    string AppVersion,
    string DeviceId,
    string? IpAddress,
    string? UserAgent,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt)
{
    /// <summary>Whether this is the session of the access token that asked.</summary>
    public bool IsCurrent { get; init; }
}

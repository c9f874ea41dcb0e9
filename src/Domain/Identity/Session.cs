namespace Platform.Domain.Identity;

/// <summary>
/// One signed-in device of a user: created at login, kept alive by refreshes, ended by logout, by a password
/// reset or when a refresh token is reused. Access tokens carry its id (<c>sid</c>) and die with it.
/// </summary>
public sealed class Session : AggregateRoot
{
    public const int DeviceIdMaxLength = 128;
    public const int AppTypeMaxLength = 32;
    public const int AppVersionMaxLength = 32;
    public const int UserAgentMaxLength = 512;

    private Session(
        Guid id, Guid userId, string deviceId, string appType, string appVersion, string? ipAddress, string? userAgent, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        DeviceId = deviceId;
        AppType = appType;
        AppVersion = appVersion;
        IpAddress = ipAddress;
        UserAgent = userAgent;
        CreatedAt = createdAt;
        LastSeenAt = createdAt;
    }

    public Guid Id { get; }

    public Guid UserId { get; }

    public string DeviceId { get; }

    public string AppType { get; }

    public string AppVersion { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevocationReason { get; private set; }

    public bool IsActive => RevokedAt is null;

    public static Session Start(Guid userId, ClientDevice device, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), userId, device.DeviceId, device.AppType, device.AppVersion, device.IpAddress, device.UserAgent, StoredTime.From(now));

    /// <summary>Records that the device came back (a refresh): when, from where and with which app version.</summary>
    public void Touch(ClientDevice device, DateTimeOffset now)
    {
        AppVersion = device.AppVersion;
        IpAddress = device.IpAddress;
        UserAgent = device.UserAgent;
        LastSeenAt = StoredTime.From(now);
    }

    /// <summary>Ends the session; a second call keeps the first time and reason.</summary>
    public void Revoke(string reason, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return;
        }

        RevokedAt = StoredTime.From(now);
        RevocationReason = reason;
        Raise(new SessionRevoked(Id, UserId, reason, DeviceId));
    }

    public bool BelongsTo(ClientDevice device) => DeviceId == device.DeviceId && AppType == device.AppType;
}

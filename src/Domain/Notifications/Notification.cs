namespace Platform.Domain.Notifications;

/// <summary>
/// One notification of one user: of which type, with the values its text is written from (rendered in the reader's
/// language when read), when it arrived and whether it was read. <see cref="InApp"/> is false when the user turned
/// the type off in the app but gets it by mail in the daily digest: it is kept for the digest and not listed.
/// </summary>
public sealed class Notification : AggregateRoot
{
    public const int TypeMaxLength = 100;

    private Notification(Guid id, Guid userId, string type, IReadOnlyDictionary<string, string> parameters, bool inApp, bool inDigest, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        Type = type;
        Parameters = parameters;
        InApp = inApp;
        InDigest = inDigest;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public Guid UserId { get; }

    public string Type { get; }

    public IReadOnlyDictionary<string, string> Parameters { get; }

    public bool InApp { get; }

    /// <summary>Waiting for the user's next daily digest mail; cleared when the digest is sent.</summary>
    public bool InDigest { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification Deliver(Guid userId, NotificationKind kind, IReadOnlyDictionary<string, string> parameters, NotificationSetting setting, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), userId, kind.Key, parameters, setting.InApp, setting.Email == EmailDelivery.Digest, StoredTime.From(now));

    /// <summary>The daily digest mailed it.</summary>
    public void LeaveDigest() => InDigest = false;

    public void MarkRead(DateTimeOffset now) => ReadAt ??= StoredTime.From(now);

    public void MarkUnread() => ReadAt = null;
}

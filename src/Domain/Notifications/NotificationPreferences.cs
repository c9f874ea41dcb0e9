namespace Platform.Domain.Notifications;

/// <summary>
/// A user's choices per type of notification; a type without a choice gets its defaults. Each change makes a new
/// <see cref="Version"/> (the ETag clients change them on). The mail of a security type cannot be turned off.
/// </summary>
public sealed class NotificationPreferences : AggregateRoot
{
    private readonly List<NotificationSetting> _settings = [];

    private NotificationPreferences(Guid userId) => UserId = userId;

    public Guid UserId { get; }

    public IReadOnlyList<NotificationSetting> Settings => _settings;

    public long Version { get; private set; } = 1;

    /// <summary>The user's local day of the last daily digest, so a day gets one at most.</summary>
    public DateOnly? LastDigestOn { get; private set; }

    public static NotificationPreferences For(Guid userId) => new(userId);

    public NotificationSetting SettingFor(NotificationKind kind) =>
        _settings.FirstOrDefault(setting => setting.Type == kind.Key) ?? kind.DefaultSetting;

    /// <summary>Replaces the choices for the types given; the others keep theirs. All or nothing.</summary>
    public Result<NotificationPreferences> Choose(IReadOnlyList<(NotificationKind Kind, bool InApp, EmailDelivery Email)> choices)
    {
        if (choices.FirstOrDefault(choice => choice.Kind.IsSecurity && choice.Email == EmailDelivery.Off) is { Kind: { } security })
        {
            return NotificationErrors.SecurityMailRequired(security.Key);
        }

        foreach (var (kind, inApp, email) in choices)
        {
            _settings.RemoveAll(setting => setting.Type == kind.Key);
            _settings.Add(new NotificationSetting(kind.Key, inApp, email));
        }

        Version++;
        return this;
    }

    /// <summary>Whether the digest of <paramref name="localDay"/> is still to be sent; if so, it counts as sent from now.</summary>
    public bool TakeDigestOf(DateOnly localDay)
    {
        if (LastDigestOn == localDay)
        {
            return false;
        }

        LastDigestOn = localDay;
        return true;
    }

    /// <summary>
    /// One-click unsubscribe from the daily digest: every type of <paramref name="kinds"/> that goes to the digest now
    /// (by choice or by default) sends no mail from now on; what the app shows stays.
    /// </summary>
    public void StopDigest(IEnumerable<NotificationKind> kinds)
    {
        foreach (var kind in kinds.Where(kind => !kind.IsSecurity))
        {
            var current = SettingFor(kind);
            if (current.Email == EmailDelivery.Digest)
            {
                _settings.RemoveAll(setting => setting.Type == kind.Key);
                _settings.Add(current with { Email = EmailDelivery.Off });
                Version++;
            }
        }
    }

    /// <summary>One-click unsubscribe from a mail: that type's mail is off from now on; false for a security type.</summary>
    public bool StopMail(NotificationKind kind)
    {
        if (kind.IsSecurity)
        {
            return false;
        }

        var current = SettingFor(kind);
        if (current.Email != EmailDelivery.Off)
        {
            _settings.RemoveAll(setting => setting.Type == kind.Key);
            _settings.Add(current with { Email = EmailDelivery.Off });
            Version++;
        }

        return true;
    }
}

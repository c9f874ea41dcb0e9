namespace Platform.Domain.Identity;

/// <summary>A person with an account. The password is only ever held as a hash produced outside the domain.</summary>
public sealed class User : AggregateRoot
{
    /// <summary>The lock time of an administrator's lock without an end: until an administrator unlocks the account.</summary>
    public static readonly DateTimeOffset LockedIndefinitely = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private readonly List<string> _roles = [];

    private User(Guid id, Email email, DisplayName displayName, string passwordHash, DateTimeOffset createdAt)
    {
        Id = id;
        Email = email;
        DisplayName = displayName;
        PasswordHash = passwordHash;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; }

    public Email Email { get; private set; }

    public DisplayName DisplayName { get; private set; }

    /// <summary>The language of mails and messages: one of <see cref="UserPreferences.Locales"/>.</summary>
    public string Locale { get; private set; } = UserPreferences.DefaultLocale;

    /// <summary>An IANA time zone id, for showing times in the user's day.</summary>
    public string TimeZone { get; private set; } = UserPreferences.DefaultTimeZone;

    /// <summary>The unit of the weights the user reads and writes (the training diary stores kilograms).</summary>
    public WeightUnit WeightUnit { get; private set; } = WeightUnit.Kg;

    public string PasswordHash { get; private set; }

    public IReadOnlyList<string> Roles => _roles;

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Wrong passwords since the last successful sign-in or lockout.</summary>
    public int FailedLoginCount { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>
    /// Whether <see cref="LockedUntil"/> is an administrator's lock: only an administrator lifts it, and it also stops
    /// refreshes, password resets and external sign-ins. A lockout after wrong passwords only stops password sign-ins.
    /// </summary>
    public bool LockedByAdministrator { get; private set; }

    /// <summary>When an administrator deleted the account (soft delete: the row stays for the audit trail and owned data).</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>Registers a new user with the <see cref="Role.User"/> role and a time-ordered (UUIDv7) id.</summary>
    public static User Register(Email email, DisplayName displayName, string passwordHash, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        var createdAt = StoredTime.From(now);
        var user = new User(Guid.CreateVersion7(now), email, displayName, passwordHash, createdAt);
        user._roles.Add(Role.User);
        return user;
    }

    /// <summary>An account an administrator creates, with its roles, locale and time zone (the defaults when null).</summary>
    public static Result<User> Create(
        Email email, DisplayName displayName, string passwordHash, IReadOnlyCollection<string> roles, string? locale, string? timeZone, DateTimeOffset now)
    {
        var user = Register(email, displayName, passwordHash, now);
        var created = user.SetRoles(roles).Bind(_ => user.SetProfile(null, locale, timeZone, weightUnit: null));
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        user.Raise(new UserCreated(user.Id, [.. user.Roles]));
        return user;
    }

    public bool IsLockedOutAt(DateTimeOffset now) => LockedUntil > now;

    public bool IsLockedByAdministratorAt(DateTimeOffset now) => LockedByAdministrator && IsLockedOutAt(now);

    /// <summary>Changes whichever of name, locale and time zone is given; nothing changes when one of them is invalid.</summary>
    public Result<User> UpdateProfile(DisplayName? displayName, string? locale, string? timeZone, WeightUnit? weightUnit, DateTimeOffset now) =>
        SetProfile(displayName, locale, timeZone, weightUnit).Map(user =>
        {
            UpdatedAt = StoredTime.From(now);
            Raise(new UserProfileChanged(Id));
            return user;
        });

    /// <summary>An administrator replaces the e-mail address, display name, locale and time zone; nothing changes when one is invalid.</summary>
    public Result<User> UpdateAccount(Email email, DisplayName displayName, string locale, string timeZone, DateTimeOffset now) =>
        SetProfile(displayName, locale, timeZone, weightUnit: null).Map(user =>
        {
            Email = email;
            UpdatedAt = StoredTime.From(now);
            Raise(new UserAccountUpdated(Id));
            return user;
        });

    /// <summary>Replaces the roles with the given known, non-empty set; answers the roles taken away.</summary>
    public Result<IReadOnlyList<string>> ReplaceRoles(IReadOnlyCollection<string> roles, DateTimeOffset now) =>
        SetRoles(roles).Map(removed =>
        {
            UpdatedAt = StoredTime.From(now);
            Raise(new UserRolesChanged(Id, [.. _roles]));
            return removed;
        });

    /// <summary>An administrator's lock: until the given time (or indefinitely), whatever the failed-login count.</summary>
    public void LockUntil(DateTimeOffset? until, DateTimeOffset now)
    {
        LockedUntil = StoredTime.From(until ?? LockedIndefinitely);
        LockedByAdministrator = true;
        FailedLoginCount = 0;
        UpdatedAt = StoredTime.From(now);
        Raise(new UserLocked(Id, until));
    }

    public void Unlock(DateTimeOffset now)
    {
        FailedLoginCount = 0;
        LockedUntil = null;
        LockedByAdministrator = false;
        UpdatedAt = StoredTime.From(now);
        Raise(new UserUnlocked(Id));
    }

    public void Delete(DateTimeOffset now)
    {
        DeletedAt ??= StoredTime.From(now);
        UpdatedAt = StoredTime.From(now);
        Raise(new UserDeleted(Id));
    }

    /// <summary>Adds the role unless the user has it already; answers whether anything changed.</summary>
    public bool GrantRole(string role, DateTimeOffset now)
    {
        if (!Role.All.Contains(role) || _roles.Contains(role))
        {
            return false;
        }

        _roles.Add(role);
        UpdatedAt = StoredTime.From(now);
        Raise(new RoleGranted(Id, role));
        return true;
    }

    /// <summary>
    /// Signs in on a device with the right password (checked by the caller): clears the wrong-password count and any lock
    /// that has run out, and opens the device's session.
    /// </summary>
    public Session SignIn(ClientDevice device, DateTimeOffset now)
    {
        ClearFailedLogins();
        var session = Session.Start(Id, device, now);
        Raise(new UserSignedIn(Id, Email.Value, session.Id, device.DeviceId, device.IpAddress));
        return session;
    }

    /// <summary>A refused sign-in (locked or wrong_password): counted unless the account is locked already.</summary>
    public void RefuseSignIn(string reason, DateTimeOffset now, LockoutPolicy policy)
    {
        CountFailedLoginUnlessLocked(now, policy);
        Raise(new SignInRefused(Id, Email.Value, reason));
    }

    /// <summary>A wrong current password on a password change counts like a wrong password at sign-in.</summary>
    public void RefusePasswordChange(DateTimeOffset now, LockoutPolicy policy)
    {
        CountFailedLoginUnlessLocked(now, policy);
        Raise(new PasswordChangeRefused(Id));
    }

    /// <summary>Records that the user ended all their sessions at once (the sessions record their own ends).</summary>
    public void SignOutEverywhere() => Raise(new UserSignedOutEverywhere(Id));

    /// <summary>Sets a new password hash, chosen by the user who proved they know the old one.</summary>
    public void ChangePassword(string passwordHash, DateTimeOffset now)
    {
        SetPasswordHash(passwordHash, now);
        Raise(new UserPasswordChanged(Id));
    }

    /// <summary>
    /// Sets the password after a reset by e-mail. Owning the mailbox also ends a lockout after wrong passwords (the
    /// person locked out by someone guessing gets back in), never an administrator's lock.
    /// </summary>
    public void ResetPassword(string passwordHash, DateTimeOffset now)
    {
        SetPasswordHash(passwordHash, now);
        if (!IsLockedByAdministratorAt(now))
        {
            ClearFailedLogins();
        }

        Raise(new UserPasswordReset(Id));
    }

    private Result<User> SetProfile(DisplayName? displayName, string? locale, string? timeZone, WeightUnit? weightUnit)
    {
        if (weightUnit is { } unit && !Enum.IsDefined(unit))
        {
            return UserPreferences.WeightUnitInvalid;
        }

        if (locale is not null && !UserPreferences.IsLocale(locale))
        {
            return UserPreferences.LocaleInvalid;
        }

        if (timeZone is not null && !UserPreferences.IsTimeZone(timeZone))
        {
            return UserPreferences.TimeZoneInvalid;
        }

        DisplayName = displayName ?? DisplayName;
        Locale = locale ?? Locale;
        TimeZone = timeZone ?? TimeZone;
        WeightUnit = weightUnit ?? WeightUnit;
        return this;
    }

    private Result<IReadOnlyList<string>> SetRoles(IReadOnlyCollection<string> roles)
    {
        if (roles.Count == 0 || roles.Any(role => !Role.All.Contains(role)))
        {
            return Role.RolesInvalid;
        }

        var removed = _roles.Except(roles).ToList();
        _roles.Clear();
        _roles.AddRange(Role.All.Where(roles.Contains));
        return removed;
    }

    private void SetPasswordHash(string passwordHash, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        PasswordHash = passwordHash;
        UpdatedAt = StoredTime.From(now);
    }

    /// <summary>
    /// Counts a wrong password; the attempt that reaches the policy's limit locks the account and restarts the count.
    /// Attempts while locked are not counted, so a lockout ends when its time is up.
    /// </summary>
    private void CountFailedLoginUnlessLocked(DateTimeOffset now, LockoutPolicy policy)
    {
        if (IsLockedOutAt(now))
        {
            return;
        }

        FailedLoginCount++;
        if (FailedLoginCount >= policy.MaxFailedAttempts)
        {
            LockedUntil = StoredTime.From(now.Add(policy.Duration));
            LockedByAdministrator = false;
            FailedLoginCount = 0;
        }
    }

    /// <summary>Clears the wrong-password count and any lock that has run out (a sign-in only succeeds when not locked).</summary>
    private void ClearFailedLogins()
    {
        FailedLoginCount = 0;
        LockedUntil = null;
        LockedByAdministrator = false;
    }
}

namespace Platform.Domain.Identity;

/// <summary>What happened to an account, raised by <see cref="User"/> only; what is cached of the account goes stale.</summary>
public abstract record UserEvent(Guid UserId) : IDomainEvent;

/// <summary>The user changed their display name, locale, time zone or weight unit.</summary>
public sealed record UserProfileChanged(Guid UserId) : UserEvent(UserId);

/// <summary>An administrator created the account with these roles.</summary>
public sealed record UserCreated(Guid UserId, IReadOnlyList<string> Roles) : UserEvent(UserId);

/// <summary>An administrator replaced the account's e-mail address, display name, locale and time zone.</summary>
public sealed record UserAccountUpdated(Guid UserId) : UserEvent(UserId);

/// <summary>The account's roles were replaced; these are the roles it has now.</summary>
public sealed record UserRolesChanged(Guid UserId, IReadOnlyList<string> Roles) : UserEvent(UserId);

/// <summary>The account was given one more role.</summary>
public sealed record RoleGranted(Guid UserId, string Role) : UserEvent(UserId);

/// <summary>An administrator locked the account until the given time; null is indefinitely.</summary>
public sealed record UserLocked(Guid UserId, DateTimeOffset? Until) : UserEvent(UserId);

public sealed record UserUnlocked(Guid UserId) : UserEvent(UserId);

public sealed record UserDeleted(Guid UserId) : UserEvent(UserId);

/// <summary>The user chose a new password, proving they know the old one.</summary>
public sealed record UserPasswordChanged(Guid UserId) : UserEvent(UserId);

/// <summary>The user set a new password through a reset link.</summary>
public sealed record UserPasswordReset(Guid UserId) : UserEvent(UserId);

/// <summary>A sign-in with the right password opened a session on a device.</summary>
public sealed record UserSignedIn(Guid UserId, string Email, Guid SessionId, string DeviceId, string? IpAddress) : IDomainEvent;

/// <summary>
/// A sign-in was refused: unknown_account (no user: raised through <c>IDomainEvents</c>, as no aggregate exists),
/// locked or wrong_password.
/// </summary>
public sealed record SignInRefused(Guid? UserId, string Email, string Reason) : IDomainEvent;

/// <summary>The user ended every one of their sessions at once.</summary>
public sealed record UserSignedOutEverywhere(Guid UserId) : IDomainEvent;

/// <summary>A password change was refused: the current password given was wrong (or the account is locked).</summary>
public sealed record PasswordChangeRefused(Guid UserId) : IDomainEvent;

/// <summary>
/// A session ended (logout, revoked by its user, a reused refresh token, or with all the user's sessions), raised by
/// <see cref="Session"/> only. <paramref name="DeviceId"/> is the session's device.
/// </summary>
public sealed record SessionRevoked(Guid SessionId, Guid UserId, string Reason, string DeviceId) : IDomainEvent;

/// <summary>Someone asked for a reset link; the request is answered once it is stored. Raised by <see cref="PasswordResetRequest"/>.</summary>
public sealed record PasswordResetRequested(Guid RequestId) : IDomainEvent;

/// <summary>A reset link was mailed for a request from <paramref name="IpAddress"/>, raised by <see cref="PasswordResetRequest"/>.</summary>
public sealed record PasswordResetIssued(Guid UserId, string Email, string? IpAddress) : IDomainEvent;

/// <summary>A reset request was answered with nothing: unknown_account or locked.</summary>
public sealed record PasswordResetRequestRefused(Guid? UserId, string Email, string? IpAddress, string Reason) : IDomainEvent;

/// <summary>A reset link that exists was refused: expired, used, or the account is gone or locked by an administrator.</summary>
public sealed record PasswordResetRefused(Guid UserId) : IDomainEvent;

/// <summary>An external provider's identity was linked to the account on its first sign-in.</summary>
public sealed record ExternalLoginLinked(Guid UserId, string Email, string Issuer) : IDomainEvent;

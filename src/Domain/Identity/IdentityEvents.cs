namespace Platform.Domain.Identity;

/// <summary>What happened to an account, raised by <see cref="User"/> only.</summary>
public abstract record UserEvent(Guid UserId) : IDomainEvent;

/// <summary>Display name, locale, time zone, weight unit or e-mail address changed.</summary>
public sealed record UserProfileChanged(Guid UserId) : UserEvent(UserId);

public sealed record UserRolesChanged(Guid UserId) : UserEvent(UserId);

public sealed record UserLocked(Guid UserId) : UserEvent(UserId);

public sealed record UserUnlocked(Guid UserId) : UserEvent(UserId);

public sealed record UserDeleted(Guid UserId) : UserEvent(UserId);

/// <summary>A new password, changed by its owner or set through a reset link.</summary>
public sealed record UserPasswordChanged(Guid UserId) : UserEvent(UserId);

/// <summary>A session ended (logout, revoked by its user, or with all the user's sessions), raised by <see cref="Session"/> only.</summary>
public sealed record SessionRevoked(Guid SessionId, Guid UserId, string Reason) : IDomainEvent;

namespace Platform.Domain.Audit;

/// <summary>The kinds of audit events, as stored and as the audit endpoint filters them.</summary>
public static class AuditEventType
{
    public const string Login = "login";
    public const string RefreshTokenReuse = "refresh_token_reuse";
    public const string Logout = "logout";
    public const string LogoutAll = "logout_all";
    public const string SessionRevoked = "session_revoked";
    public const string RoleGranted = "role_granted";
    public const string PasswordResetRequested = "password_reset_requested";
    public const string PasswordReset = "password_reset";
    public const string PasswordChanged = "password_changed";
    public const string UserCreated = "user_created";
    public const string UserUpdated = "user_updated";
    public const string UserDeleted = "user_deleted";
    public const string UserLocked = "user_locked";
    public const string UserUnlocked = "user_unlocked";
    public const string RolesChanged = "roles_changed";
    public const string ExternalLoginLinked = "external_login_linked";

    public static readonly IReadOnlyList<string> All =
    [
        Login, RefreshTokenReuse, Logout, LogoutAll, SessionRevoked, RoleGranted, PasswordResetRequested, PasswordReset, PasswordChanged,
        UserCreated, UserUpdated, UserDeleted, UserLocked, UserUnlocked, RolesChanged, ExternalLoginLinked,
    ];
}

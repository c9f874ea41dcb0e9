namespace Platform.Domain.Identity;

/// <summary>Why a session ended; stored with it and shown in the audit trail.</summary>
public static class SessionRevocationReason
{
    public const string Logout = "logout";
    public const string LogoutAll = "logout_all";
    public const string RevokedByUser = "revoked_by_user";
    public const string RefreshTokenReuse = "refresh_token_reuse";
    public const string PasswordChanged = "password_changed";
    public const string PasswordReset = "password_reset";
    public const string UserDeleted = "user_deleted";
    public const string UserLocked = "user_locked";
    public const string RoleRemoved = "role_removed";
}

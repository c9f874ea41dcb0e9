namespace Platform.Domain.Identity;

/// <summary>The expected failures of the identity module, with the codes clients see.</summary>
public static class IdentityErrors
{
    public static readonly Error EmailInvalid =
        Error.Validation("email_invalid", "The e-mail address is not a valid single mailbox.");

    public static readonly Error DisplayNameInvalid =
        Error.Validation("display_name_invalid", "The display name must be 1 to 100 characters without control characters.");

    public static readonly Error EmailAlreadyRegistered =
        Error.Conflict("email_already_registered", "An account with this e-mail address already exists.");

    public static readonly Error InvalidCredentials =
        Error.Unauthorized(
            "invalid_credentials",
            "The e-mail address or the password is wrong, or the account is locked for a while after too many wrong passwords.");

    public static readonly Error UserNotFound =
        Error.NotFound("user_not_found", "The user does not exist.");

    public static readonly Error RefreshTokenInvalid =
        Error.Unauthorized("refresh_token_invalid", "The refresh token is not valid for this device. Sign in again.");

    public static readonly Error RefreshTokenExpired =
        Error.Unauthorized("refresh_token_expired", "The refresh token has expired. Sign in again.");

    public static readonly Error RefreshTokenReused =
        Error.Unauthorized("refresh_token_reused", "The refresh token was already used; the session has been ended for safety. Sign in again.");

    public static readonly Error RefreshTokenSuperseded =
        Error.Unauthorized("refresh_token_superseded", "Another request refreshed this session at the same time; use the tokens it received.");

    public static readonly Error SessionRevoked =
        Error.Unauthorized("session_revoked", "The session has ended. Sign in again.");

    public static readonly Error SessionNotFound =
        Error.NotFound("session_not_found", "The session does not exist.");

    public static readonly Error PasswordResetTokenInvalid =
        Error.Validation("password_reset_token_invalid", "The reset link is not valid: it is wrong, expired or already used. Ask for a new one.");

    public static readonly Error PasswordIncorrect =
        Error.Validation("password_incorrect", "The current password is wrong.");

    public static readonly Error CannotManageSelf =
        Error.Conflict("cannot_manage_self", "Administrators cannot delete or lock their own account or take away their own admin role; ask another administrator.");

    public static readonly Error ExternalEmailUnverified =
        Error.Unauthorized(
            "external_email_unverified",
            "The identity provider did not vouch for an e-mail address (email_verified), so no account can be created or linked.");

    public static readonly Error AccountDisabled =
        Error.Unauthorized("account_disabled", "The account is locked or deleted.");
}

using Platform.Domain.Common;

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
        Error.Unauthorized("invalid_credentials", "The e-mail address or the password is wrong.");

    public static readonly Error UserNotFound =
        Error.NotFound("user_not_found", "The user does not exist.");
}

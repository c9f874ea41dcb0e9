namespace Platform.Application.Identity.SignInExternalUser;

/// <summary>
/// Maps a validated access token of the external OpenID Connect provider to the local account: the linked one, else
/// the account with the provider-verified e-mail address (linked now), else a new account (created now).
/// </summary>
public sealed record SignInExternalUserCommand(string Issuer, string Subject, string? Email, bool EmailVerified, string? Name)
    : ICommand<ExternalUserResponse>;

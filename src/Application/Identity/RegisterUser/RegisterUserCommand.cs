namespace Platform.Application.Identity.RegisterUser;

/// <summary>Creates an account with an e-mail address, a password and a display name.</summary>
/// <param name="Email">The sign-in address; compared case-insensitively and stored lower-case.</param>
/// <param name="Password">At least 12 characters and not a commonly used password.</param>
/// <param name="DisplayName">The name shown to others, 1-100 characters after trimming.</param>
public sealed record RegisterUserCommand(string Email, string Password, string DisplayName) : ICommand<RegisteredUserResponse>
{
    /// <summary>Keeps the password out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(RegisterUserCommand)} {{ Email = {Email}, DisplayName = {DisplayName} }}";
}

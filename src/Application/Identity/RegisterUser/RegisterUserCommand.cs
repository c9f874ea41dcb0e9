namespace Platform.Application.Identity.RegisterUser;

/// <summary>Creates an account with an e-mail address, a password and a display name.</summary>
public sealed record RegisterUserCommand(string Email, string Password, string DisplayName) : ICommand<RegisteredUserResponse>
{
    /// <summary>Keeps the password out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(RegisterUserCommand)} {{ Email = {Email}, DisplayName = {DisplayName} }}";
}

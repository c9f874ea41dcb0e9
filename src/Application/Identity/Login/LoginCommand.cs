using Platform.Application.Common.Messaging;

namespace Platform.Application.Identity.Login;

/// <summary>Exchanges an e-mail address and password for a signed access token.</summary>
public sealed record LoginCommand(string Email, string Password) : ICommand<AccessTokenResponse>
{
    /// <summary>Keeps the password out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(LoginCommand)} {{ Email = {Email} }}";
}

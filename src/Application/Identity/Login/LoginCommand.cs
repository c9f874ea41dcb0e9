using Platform.Domain.Identity;

namespace Platform.Application.Identity.Login;

/// <summary>Exchanges an e-mail address and password for a new device session and its tokens.</summary>
public sealed record LoginCommand(string Email, string Password) : ICommand<AccessTokenResponse>
{
    /// <summary>The app and device signing in, set by the endpoint from the X-App-* and X-Device-ID headers.</summary>
    public required ClientDevice? Device { get; init; }

    /// <summary>Keeps the password out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(LoginCommand)} {{ Email = {Email} }}";
}

using Platform.Domain.Identity;

namespace Platform.Application.Identity.RefreshSession;

/// <summary>Trades a refresh token for the session's next token pair; the presented token is used up.</summary>
public sealed record RefreshSessionCommand(string RefreshToken) : ICommand<AccessTokenResponse>
{
    /// <summary>The app and device refreshing, set by the endpoint; it must be the device the session was started on.</summary>
    public required ClientDevice? Device { get; init; }

    /// <summary>Keeps the token out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(RefreshSessionCommand)} {{ }}";
}

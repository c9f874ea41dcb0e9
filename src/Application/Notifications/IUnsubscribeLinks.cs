namespace Platform.Application.Notifications;

/// <summary>
/// The one-click unsubscribe link of a notification mail (RFC 8058): it names the user and the type, signed by the
/// platform, so whoever holds the mail can turn that mail off without signing in, and nobody can forge one.
/// </summary>
public interface IUnsubscribeLinks
{
    string LinkFor(Guid userId, string type);

    /// <summary>The user and type a token of one of our links names; null for anything else (forged, expired, another kind of token).</summary>
    Task<UnsubscribeTarget?> ReadAsync(string token);
}

public sealed record UnsubscribeTarget(Guid UserId, string Type);

using Platform.Application.Notifications;

namespace Platform.Application.UnitTests.Support;

/// <summary>Links whose token is the user and the type in plain text: the signing itself is tested against the real Api.</summary>
public sealed class FixedUnsubscribeLinks : IUnsubscribeLinks
{
    public string LinkFor(Guid userId, string type) => $"https://api.example.test/unsubscribe?token={userId:N}.{type}";

    public Task<UnsubscribeTarget?> ReadAsync(string token)
    {
        var parts = token.Split('.', 2);
        return Task.FromResult(parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var userId) ? new UnsubscribeTarget(userId, parts[1]) : null);
    }
}

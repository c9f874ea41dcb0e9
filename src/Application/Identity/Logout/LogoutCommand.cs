using Platform.Application.Common.Caching;

namespace Platform.Application.Identity.Logout;

/// <summary>Ends the caller's current session: its refresh token stops working, and so do its access tokens.</summary>
public sealed record LogoutCommand(Guid UserId, Guid SessionId) : ICommand<Unit>, IInvalidatesCache
{
    IReadOnlyCollection<string> IInvalidatesCache.CacheTagsToInvalidate => [CacheTag.ForSession(SessionId)];
}

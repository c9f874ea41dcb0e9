using Platform.Application.Common.Caching;
using Platform.Application.Common.Events;
using Platform.Domain.Identity;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Application.Identity;

/// <summary>
/// What a committed change to an account or a session makes stale (ADR 25): what is cached of the user, and a revoked
/// session's cached state, so its access tokens stop working at once on every node sharing the cache.
/// </summary>
internal sealed class IdentityEventEffects(IFusionCache cache) : IAfterCommitHandler<UserEvent>, IAfterCommitHandler<SessionRevoked>
{
    public async Task HandleAsync(UserEvent domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(CacheTag.ForUser(domainEvent.UserId), token: cancellationToken);

    public async Task HandleAsync(SessionRevoked domainEvent, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(CacheTag.ForSession(domainEvent.SessionId), token: cancellationToken);
}

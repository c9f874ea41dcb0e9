using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Application.Common.Caching;
using Platform.Application.Identity;
using Platform.Domain.Identity;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// A session's activity, cached for <see cref="SessionOptions.StatusCacheDuration"/> and tagged per session, so a
/// committed revocation drops it at once (the session's SessionRevoked event, ADR 25). It runs on every authenticated
/// request, so a hit touches no database context; a miss reads through a scope of its own.
/// </summary>
internal sealed class SessionStatus(IFusionCache cache, IServiceScopeFactory scopes, IOptions<SessionOptions> options) : ISessionStatus
{
    private readonly FusionCacheEntryOptions _entryOptions = cache.CreateEntryOptions(duration: options.Value.StatusCacheDuration);

    public async Task<bool> IsActiveAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken) =>
        await cache.GetOrSetAsync<bool>(
            KeyOf(sessionId),
            async (_, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<Session>()
                    .AnyAsync(session => session.Id == sessionId && session.UserId == userId && session.RevokedAt == null, token);
            },
            options: _entryOptions,
            tags: [CacheTag.ForSession(sessionId)],
            token: cancellationToken);

    private static string KeyOf(Guid sessionId) => $"identity:session-active:{sessionId:N}";
}

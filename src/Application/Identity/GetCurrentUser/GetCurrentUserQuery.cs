using Platform.Application.Common.Caching;

namespace Platform.Application.Identity.GetCurrentUser;

/// <summary>The profile of the signed-in user (v1 shape), served from the cache.</summary>
public sealed record GetCurrentUserQuery(Guid UserId) : ICachedQuery<CurrentUserResponse>
{
    public string CacheKey => $"identity:me:v1:{UserId:N}";

    public IReadOnlyCollection<string> CacheTags => [CacheTag.ForUser(UserId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

using Platform.Application.Common.Caching;

namespace Platform.Application.Identity.GetCurrentUserV2;

/// <summary>The profile of the signed-in user with roles and account timestamps (v2 shape), served from the cache.</summary>
public sealed record GetCurrentUserV2Query(Guid UserId) : ICachedQuery<CurrentUserV2Response>
{
    public string CacheKey => $"identity:me:v2:{UserId:N}";

    public IReadOnlyCollection<string> CacheTags => [CacheTag.ForUser(UserId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.GetCurrentUserV2;

/// <summary>The profile of the signed-in user with roles and account timestamps (v2 shape), served from the cache.</summary>
public sealed record GetCurrentUserV2Query(Guid UserId) : ICachedQuery<CurrentUserV2Response>
{
    public string CacheKey => $"identity:me:v2:{UserId:N}";

    public IReadOnlyCollection<string> CacheTags => [CacheTag.ForUser(UserId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetCurrentUserV2Handler(IUserRepository users, IMapper mapper)
    : IRequestHandler<GetCurrentUserV2Query, Result<CurrentUserV2Response>>
{
    public async Task<Result<CurrentUserV2Response>> Handle(GetCurrentUserV2Query request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId, cancellationToken);
        return user is null ? IdentityErrors.UserNotFound : mapper.Map<CurrentUserV2Response>(user);
    }
}

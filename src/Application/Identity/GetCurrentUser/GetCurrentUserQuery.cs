using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.GetCurrentUser;

/// <summary>The profile of the signed-in user (v1 shape), served from the cache.</summary>
public sealed record GetCurrentUserQuery(Guid UserId) : ICachedQuery<CurrentUserResponse>
{
    public string CacheKey => $"identity:me:v1:{UserId:N}";

    public IReadOnlyCollection<string> CacheTags => [CacheTag.ForUser(UserId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetCurrentUserHandler(IUserRepository users, IMapper mapper)
    : IRequestHandler<GetCurrentUserQuery, Result<CurrentUserResponse>>
{
    public async Task<Result<CurrentUserResponse>> Handle(GetCurrentUserQuery request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId, cancellationToken);
        return user is null ? IdentityErrors.UserNotFound : mapper.Map<CurrentUserResponse>(user);
    }
}

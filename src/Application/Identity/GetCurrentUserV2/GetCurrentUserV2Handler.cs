using MapsterMapper;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.GetCurrentUserV2;

internal sealed class GetCurrentUserV2Handler(IUserRepository users, IMapper mapper)
    : IRequestHandler<GetCurrentUserV2Query, Result<CurrentUserV2Response>>
{
    public async Task<Result<CurrentUserV2Response>> Handle(GetCurrentUserV2Query request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId, cancellationToken);
        return user is null ? IdentityErrors.UserNotFound : mapper.Map<CurrentUserV2Response>(user);
    }
}

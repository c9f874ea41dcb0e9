using MapsterMapper;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.GetCurrentUser;

internal sealed class GetCurrentUserHandler(IUserRepository users, IMapper mapper)
    : IRequestHandler<GetCurrentUserQuery, Result<CurrentUserResponse>>
{
    public async Task<Result<CurrentUserResponse>> Handle(GetCurrentUserQuery request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId, cancellationToken);
        return user is null ? IdentityErrors.UserNotFound : mapper.Map<CurrentUserResponse>(user);
    }
}

using MapsterMapper;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.GetUser;

/// <summary>One account, for administrators.</summary>
public sealed record GetUserQuery(Guid Id) : IQuery<UserDetailsResponse>;

internal sealed class GetUserHandler(IUserRepository users, TimeProvider clock, IMapper mapper) : IRequestHandler<GetUserQuery, Result<UserDetailsResponse>>
{
    public async Task<Result<UserDetailsResponse>> Handle(GetUserQuery request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.Id, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        return mapper.MapAsOf(user, clock.GetUtcNow());
    }
}

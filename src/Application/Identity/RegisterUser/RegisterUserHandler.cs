using MapsterMapper;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.RegisterUser;

internal sealed class RegisterUserHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    TimeProvider clock,
    IMapper mapper,
    IdentityMetrics metrics)
    : IRequestHandler<RegisterUserCommand, Result<RegisteredUserResponse>>
{
    public async Task<Result<RegisteredUserResponse>> Handle(RegisterUserCommand request, CancellationToken cancellationToken)
    {
        var email = Email.Create(request.Email);
        if (!email.IsSuccess)
        {
            return email.Error;
        }

        var displayName = DisplayName.Create(request.DisplayName);
        if (!displayName.IsSuccess)
        {
            return displayName.Error;
        }

        if (await users.ExistsAsync(email.Value, cancellationToken))
        {
            return IdentityErrors.EmailAlreadyRegistered;
        }

        var user = User.Register(email.Value, displayName.Value, passwordHasher.Hash(request.Password), clock.GetUtcNow());
        users.Add(user);
        metrics.Registered();
        return mapper.Map<RegisteredUserResponse>(user);
    }
}

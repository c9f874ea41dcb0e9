using MapsterMapper;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.RegisterUser;

/// <summary>Creates an account with an e-mail address, a password and a display name.</summary>
public sealed record RegisterUserCommand(string Email, string Password, string DisplayName) : ICommand<RegisteredUserResponse>
{
    /// <summary>Keeps the password out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(RegisterUserCommand)} {{ Email = {Email}, DisplayName = {DisplayName} }}";
}

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

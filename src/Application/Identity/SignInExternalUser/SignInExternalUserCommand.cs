using Platform.Domain.Identity;

namespace Platform.Application.Identity.SignInExternalUser;

/// <summary>
/// Maps a validated access token of the external OpenID Connect provider to the local account: the linked one, else
/// the account with the provider-verified e-mail address (linked now), else a new account (created now).
/// </summary>
public sealed record SignInExternalUserCommand(string Issuer, string Subject, string? Email, bool EmailVerified, string? Name)
    : ICommand<ExternalUserResponse>;

/// <summary>
/// Runs on each request with an external token, so the common case (already linked) is two indexed reads and no write.
/// A new link needs an e-mail address the provider verified, so nobody takes over an account by claiming its address.
/// </summary>
internal sealed class SignInExternalUserHandler(
    IExternalLoginRepository externalLogins, IUserRepository users, IPasswordHasher passwordHasher, TimeProvider clock)
    : IRequestHandler<SignInExternalUserCommand, Result<ExternalUserResponse>>
{
    public async Task<Result<ExternalUserResponse>> Handle(SignInExternalUserCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await externalLogins.FindAsync(request.Issuer, request.Subject, cancellationToken) is { } login)
        {
            // A deleted account stays deleted: the provider's identity does not come back as a new account.
            var linked = await users.FindByIdAsync(login.UserId, cancellationToken);
            if (linked is null || linked.IsLockedByAdministratorAt(now))
            {
                return IdentityErrors.AccountDisabled;
            }

            return new ExternalUserResponse(linked.Id, linked.Roles);
        }

        var email = request.EmailVerified && request.Email is not null ? Email.Create(request.Email) : null;
        if (email is not { IsSuccess: true })
        {
            return IdentityErrors.ExternalEmailUnverified;
        }

        var user = await users.FindByEmailAsync(email.Value, cancellationToken) ?? Register(email.Value, request.Name, now);
        if (user.IsLockedByAdministratorAt(now))
        {
            return IdentityErrors.AccountDisabled;
        }

        externalLogins.Add(ExternalLogin.Link(user, request.Issuer, request.Subject, now));
        return new ExternalUserResponse(user.Id, user.Roles);
    }

    /// <summary>A new account for the external identity; its password is random and never shown, so it signs in through the provider (or a reset).</summary>
    private User Register(Email email, string? name, DateTimeOffset now)
    {
        var localPart = DisplayName.Create(email.Value.Split('@')[0]).Value;
        var displayName = name is null ? null : DisplayName.Create(name);
        var user = User.Register(email, displayName is { IsSuccess: true } ? displayName.Value : localPart, passwordHasher.Hash(OpaqueSecret.Create()), now);
        users.Add(user);
        return user;
    }
}

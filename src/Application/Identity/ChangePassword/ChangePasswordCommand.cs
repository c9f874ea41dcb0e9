using Microsoft.Extensions.Options;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.ChangePassword;

/// <summary>Replaces the caller's password, given the current one; every other session of the account ends.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Unit>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }

    /// <summary>The session making the change, which stays signed in; set by the endpoint from the access token.</summary>
    public required Guid SessionId { get; init; }

    /// <summary>Keeps both passwords out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(ChangePasswordCommand)} {{ UserId = {UserId} }}";
}

/// <summary>
/// Wrong current passwords count towards the lockout like wrong sign-ins, so a stolen access token cannot be used to
/// guess the password without limit. A change uses up outstanding reset links.
/// </summary>
internal sealed class ChangePasswordHandler(
    IUserRepository users,
    ISessionRepository sessions,
    IPasswordResetTokenRepository resetTokens,
    IPasswordHasher passwordHasher,
    IOptions<LockoutOptions> lockout,
    TimeProvider clock)
    : IRequestHandler<ChangePasswordCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await users.FindByIdAsync(request.UserId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        var passwordMatches = passwordHasher.Verify(request.CurrentPassword, user.PasswordHash);
        if (!passwordMatches || user.IsLockedOutAt(now))
        {
            user.RefusePasswordChange(now, lockout.Value.Policy);
            return new RecordedRefusal(IdentityErrors.PasswordIncorrect);
        }

        user.ChangePassword(passwordHasher.Hash(request.NewPassword), now);
        await sessions.RevokeAllAsync(user.Id, SessionRevocationReason.PasswordChanged, now, cancellationToken, except: request.SessionId);
        await resetTokens.UseUpOthersAsync(user.Id, Guid.Empty, now, cancellationToken);
        return Unit.Value;
    }
}

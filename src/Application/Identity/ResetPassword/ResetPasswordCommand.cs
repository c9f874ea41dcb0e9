using Platform.Domain.Identity;

namespace Platform.Application.Identity.ResetPassword;

/// <summary>Sets a new password with the token of a reset mail, and ends every session of the account.</summary>
public sealed record ResetPasswordCommand(string Token, string NewPassword) : ICommand<Unit>
{
    /// <summary>Keeps the token and the password out of anything that prints the command.</summary>
    public override string ToString() => nameof(ResetPasswordCommand);
}

/// <summary>
/// Uses the token up first, atomically, so of two concurrent resets with one link exactly one sets the password.
/// The sessions it ends stop their access tokens within the session status cache time (5 seconds).
/// </summary>
internal sealed class ResetPasswordHandler(
    IPasswordResetTokenRepository resetTokens,
    IUserRepository users,
    ISessionRepository sessions,
    IPasswordHasher passwordHasher,
    IdentityMetrics metrics,
    TimeProvider clock)
    : IRequestHandler<ResetPasswordCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(ResetPasswordCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = await resetTokens.FindByHashAsync(OpaqueSecret.HashOf(request.Token), cancellationToken);
        if (token is null)
        {
            return IdentityErrors.PasswordResetTokenInvalid;
        }

        // A link mailed before an administrator locked the account does not open it.
        var user = token.IsUsableAt(now) ? await users.FindByIdAsync(token.UserId, cancellationToken) : null;
        if (user is null || user.IsLockedByAdministratorAt(now) || !await resetTokens.TryMarkUsedAsync(token.Id, now, cancellationToken))
        {
            token.RecordRefusedUse();
            return new RecordedRefusal(IdentityErrors.PasswordResetTokenInvalid);
        }

        await resetTokens.UseUpOthersAsync(user.Id, token.Id, now, cancellationToken);
        user.ResetPassword(passwordHasher.Hash(request.NewPassword), now);
        await sessions.RevokeAllAsync(user.Id, SessionRevocationReason.PasswordReset, now, cancellationToken);
        metrics.PasswordResetCompleted();
        return Unit.Value;
    }
}

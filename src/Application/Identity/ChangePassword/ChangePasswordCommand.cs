using Microsoft.Extensions.Options;
using Platform.Application.Audit.Contracts;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
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
    IAuditLog auditLog,
    ICurrentUser currentUser,
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

        var audit = currentUser.ActingAs(user.Id) with { SessionId = request.SessionId };
        var passwordMatches = passwordHasher.Verify(request.CurrentPassword, user.PasswordHash);
        if (!passwordMatches || user.IsLockedOutAt(now))
        {
            user.RecordFailedLoginUnlessLocked(now, lockout.Value.Policy);
            auditLog.Add(AuditEvent.Record(
                AuditEventType.PasswordChanged, AuditOutcome.Failure, audit with { Detail = IdentityErrors.PasswordIncorrect.Code }, now));
            return new RecordedRefusal(IdentityErrors.PasswordIncorrect);
        }

        user.ChangePassword(passwordHasher.Hash(request.NewPassword), now);
        await sessions.RevokeAllAsync(user.Id, SessionRevocationReason.PasswordChanged, now, cancellationToken, except: request.SessionId);
        await resetTokens.UseUpOthersAsync(user.Id, Guid.Empty, now, cancellationToken);

        auditLog.Add(AuditEvent.Record(AuditEventType.PasswordChanged, AuditOutcome.Success, audit, now));
        return Unit.Value;
    }
}

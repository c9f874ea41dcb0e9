using Microsoft.Extensions.Options;
using Platform.Application.Audit.Contracts;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.Login;

/// <summary>Exchanges an e-mail address and password for a new device session and its tokens.</summary>
public sealed record LoginCommand(string Email, string Password) : ICommand<AccessTokenResponse>
{
    /// <summary>The app and device signing in, set by the endpoint from the X-App-* and X-Device-ID headers.</summary>
    public required ClientDevice? Device { get; init; }

    /// <summary>Keeps the password out of anything that prints the command.</summary>
    public override string ToString() => $"{nameof(LoginCommand)} {{ Email = {Email} }}";
}

internal sealed class LoginHandler(
    IUserRepository users,
    ISessionRepository sessions,
    IPasswordHasher passwordHasher,
    SessionTokens sessionTokens,
    IOptions<LockoutOptions> lockout,
    IAuditLog auditLog,
    IdentityMetrics metrics,
    TimeProvider clock)
    : IRequestHandler<LoginCommand, Result<AccessTokenResponse>>
{
    public async Task<Result<AccessTokenResponse>> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var email = Email.Create(request.Email);
        var user = email.IsSuccess ? await users.FindByEmailAsync(email.Value, cancellationToken) : null;

        // Verify even when there is no such user or it is locked, so every refusal costs one KDF run.
        var passwordMatches = passwordHasher.Verify(request.Password, user?.PasswordHash);
        var now = clock.GetUtcNow();
        var device = request.Device!;
        var audit = new AuditContext { UserId = user?.Id, Email = request.Email, IpAddress = device.IpAddress, DeviceId = device.DeviceId };
        var refusal = user is null ? "unknown_account" : user.IsLockedOutAt(now) ? "locked" : passwordMatches ? null : "wrong_password";
        if (refusal is not null)
        {
            user?.RecordFailedLoginUnlessLocked(now, lockout.Value.Policy);
            auditLog.Add(AuditEvent.Record(AuditEventType.Login, AuditOutcome.Failure, audit with { Detail = refusal }, now));
            metrics.LoggedIn(succeeded: false);
            return new RecordedRefusal(IdentityErrors.InvalidCredentials);
        }

        user!.RecordSuccessfulLogin();
        var session = Session.Start(user.Id, device, now);
        sessions.Add(session);
        auditLog.Add(AuditEvent.Record(AuditEventType.Login, AuditOutcome.Success, audit with { SessionId = session.Id }, now));
        metrics.LoggedIn(succeeded: true);
        return sessionTokens.IssueFor(user, session);
    }
}

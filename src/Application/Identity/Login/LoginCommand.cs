using Microsoft.Extensions.Options;
using Platform.Application.Common.Events;
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
    IDomainEvents events,
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
        var refusal = user is null ? "unknown_account" : user.IsLockedOutAt(now) ? "locked" : passwordMatches ? null : "wrong_password";
        if (refusal is not null)
        {
            if (user is null)
            {
                events.Raise(new SignInRefused(null, request.Email, refusal));
            }
            else
            {
                user.RefuseSignIn(refusal, now, lockout.Value.Policy);
            }

            metrics.LoggedIn(succeeded: false);
            return new RecordedRefusal(IdentityErrors.InvalidCredentials);
        }

        var session = user!.SignIn(request.Device!, now);
        sessions.Add(session);
        metrics.LoggedIn(succeeded: true);
        return sessionTokens.IssueFor(user, session);
    }
}

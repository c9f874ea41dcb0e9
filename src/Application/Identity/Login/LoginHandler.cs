using MediatR;
using Microsoft.Extensions.Options;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.Login;

internal sealed class LoginHandler(
    IUserRepository users,
    ISessionRepository sessions,
    IPasswordHasher passwordHasher,
    SessionTokens sessionTokens,
    IUnitOfWork unitOfWork,
    IOptions<LockoutOptions> lockout,
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
        if (user is null || user.IsLockedOutAt(now))
        {
            return IdentityErrors.InvalidCredentials;
        }

        if (!passwordMatches)
        {
            user.RecordFailedLogin(now, lockout.Value.Policy);
            // Saved although the command fails: the unit of work would discard the count with the failure.
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return IdentityErrors.InvalidCredentials;
        }

        user.RecordSuccessfulLogin();
        var session = Session.Start(user.Id, request.Device!, now);
        sessions.Add(session);
        return sessionTokens.IssueFor(user, session);
    }
}

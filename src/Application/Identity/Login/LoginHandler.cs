using MediatR;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.Login;

internal sealed class LoginHandler(
    IUserRepository users,
    ISessionRepository sessions,
    IPasswordHasher passwordHasher,
    SessionTokens sessionTokens,
    TimeProvider clock)
    : IRequestHandler<LoginCommand, Result<AccessTokenResponse>>
{
    public async Task<Result<AccessTokenResponse>> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var email = Email.Create(request.Email);
        var user = email.IsSuccess ? await users.FindByEmailAsync(email.Value, cancellationToken) : null;

        // Verify even when there is no such user, so a wrong e-mail costs as much time as a wrong password.
        if (!passwordHasher.Verify(request.Password, user?.PasswordHash) || user is null)
        {
            return IdentityErrors.InvalidCredentials;
        }

        var session = Session.Start(user.Id, request.Device!, clock.GetUtcNow());
        sessions.Add(session);
        return sessionTokens.IssueFor(user, session);
    }
}

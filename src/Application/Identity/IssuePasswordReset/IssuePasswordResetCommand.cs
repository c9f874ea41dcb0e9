using Microsoft.Extensions.Options;
using Platform.Application.Common.Outbox;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.IssuePasswordReset;

/// <summary>Answers a stored reset request: a token and a mail if an account uses the address, else only an audit entry.</summary>
/// <param name="RequestId">The stored <see cref="Domain.Identity.PasswordResetRequest"/>.</param>
public sealed record IssuePasswordResetCommand(Guid RequestId) : ICommand<Unit>;

/// <summary>
/// Claims the stored request, issues the reset token and queues the mail (in the language the request asked for, else
/// the account's), all in the command's one transaction with deleting the answered request; the outbox sends it
/// afterwards. Accounts an administrator locked get no link. A request another instance is answering is left to it.
/// </summary>
internal sealed class IssuePasswordResetHandler(
    IPasswordResetRequestRepository requests,
    IUserRepository users,
    IPasswordResetTokenRepository resetTokens,
    IOutbox outbox,
    IOptions<PasswordResetOptions> options,
    TimeProvider clock)
    : IRequestHandler<IssuePasswordResetCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(IssuePasswordResetCommand command, CancellationToken cancellationToken)
    {
        var request = await requests.ClaimAsync(command.RequestId, cancellationToken);
        if (request is null)
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow();
        requests.Remove(request);
        var user = await users.FindByEmailAsync(Email.Create(request.Email).Value, cancellationToken);
        if (user is null || user.IsLockedByAdministratorAt(now))
        {
            request.Refuse(user?.Id, user is null ? "unknown_account" : "locked");
            return Unit.Value;
        }

        var settings = options.Value;
        var (token, secret) = request.Grant(user, now, settings.TokenLifetime);
        resetTokens.Add(token);
        outbox.Enqueue(PasswordResetMail.Compose(user, request.Locale ?? user.Locale, settings.LinkFor(secret), token.ExpiresAt, settings.TokenLifetime));
        return Unit.Value;
    }
}

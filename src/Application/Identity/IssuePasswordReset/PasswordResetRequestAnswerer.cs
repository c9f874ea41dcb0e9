using Microsoft.Extensions.Options;
using Platform.Application.Common.Outbox;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.IssuePasswordReset;

/// <summary>
/// Answers a stored reset request once it committed (ADR 37): a token and a mail (in the language the request asked
/// for, else the account's) if an account uses the address and no administrator locked it, else only an audit entry;
/// all in the delivery's one transaction with deleting the answered request. A request already answered is gone, so a
/// second delivery does nothing; one another instance is answering is left to it. A failure is retried by the outbox
/// and ends in its dead messages, where an administrator sees it.
/// </summary>
internal sealed class PasswordResetRequestAnswerer(
    IPasswordResetRequestRepository requests,
    IUserRepository users,
    IPasswordResetTokenRepository resetTokens,
    IOutbox outbox,
    IOptions<PasswordResetOptions> options,
    TimeProvider clock)
    : IOutboxConsumer<PasswordResetRequestedV1>
{
    public async Task ConsumeAsync(PasswordResetRequestedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (await requests.ClaimAsync(message.RequestId, cancellationToken) is not { } request)
        {
            return;
        }

        var now = clock.GetUtcNow();
        requests.Remove(request);
        var user = await users.FindByEmailAsync(Email.Create(request.Email).Value, cancellationToken);
        if (user is null || user.IsLockedByAdministratorAt(now))
        {
            request.Refuse(user?.Id, user is null ? "unknown_account" : "locked");
            return;
        }

        var settings = options.Value;
        var (token, secret) = request.Grant(user, now, settings.TokenLifetime);
        resetTokens.Add(token);
        outbox.Enqueue(PasswordResetMail.Compose(user, request.Locale ?? user.Locale, settings.LinkFor(secret), token.ExpiresAt, settings.TokenLifetime));
    }
}

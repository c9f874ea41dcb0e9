using MediatR;
using Microsoft.Extensions.Options;
using Platform.Application.Audit;
using Platform.Application.Common.Mail;
using Platform.Application.Common.Security;
using Platform.Domain.Audit;
using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.ForgotPassword;

/// <summary>
/// Issues a reset token and queues the mail in the command's transaction; the mail itself is sent later by the
/// outbox dispatcher, so the response time does not show whether a mail was due. Unknown addresses leave an
/// audit entry only, which keeps the database work of both paths alike.
/// </summary>
internal sealed class ForgotPasswordHandler(
    IUserRepository users,
    IPasswordResetTokenRepository resetTokens,
    IMailOutbox mailOutbox,
    IAuditLog auditLog,
    ICurrentUser currentUser,
    IOptions<PasswordResetOptions> options,
    IdentityMetrics metrics,
    TimeProvider clock)
    : IRequestHandler<ForgotPasswordCommand, Result<ForgotPasswordResponse>>
{
    public async Task<Result<ForgotPasswordResponse>> Handle(ForgotPasswordCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        metrics.PasswordResetRequested();
        var user = await users.FindByEmailAsync(Email.Create(request.Email).Value, cancellationToken);
        var audit = new AuditContext { UserId = user?.Id, Email = request.Email, IpAddress = currentUser.IpAddress };
        if (user is null)
        {
            auditLog.Add(AuditEvent.Record(AuditEventType.PasswordResetRequested, AuditOutcome.Failure, audit with { Detail = "unknown_account" }, now));
            return ForgotPasswordResponse.Accepted;
        }

        var settings = options.Value;
        var (token, secret) = PasswordResetToken.Issue(user.Id, now, settings.TokenLifetime);
        resetTokens.Add(token);
        mailOutbox.Enqueue(PasswordResetMail.Compose(user, request.Locale ?? user.Locale, settings.LinkFor(secret), settings.TokenLifetime));
        auditLog.Add(AuditEvent.Record(AuditEventType.PasswordResetRequested, AuditOutcome.Success, audit, now));
        return ForgotPasswordResponse.Accepted;
    }
}

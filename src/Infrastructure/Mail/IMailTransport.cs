using MimeKit;

namespace Platform.Infrastructure.Mail;

/// <summary>Hands one mail on; throws when it could not, so the dispatcher retries it later.</summary>
internal interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

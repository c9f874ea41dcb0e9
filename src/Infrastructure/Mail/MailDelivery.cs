using MailKit.Net.Smtp;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Application.Common.Logging;
using Platform.Application.Common.Mail;
using Platform.Application.Common.Outbox;

namespace Platform.Infrastructure.Mail;

/// <summary>
/// Sends each queued mail through the configured transport. Its <c>Message-ID</c> is made from the outbox message's id,
/// so a mail sent again after an interrupted delivery is the same mail to the receiving server. A mail whose link has
/// expired is dropped unsent; a server's permanent refusal (5xx) makes the message dead at once, anything else (4xx,
/// no connection) is tried again by the relay. A refusal keeps only its codes: servers quote the address in their text,
/// and the error is logged and stored.
/// </summary>
internal sealed partial class MailDelivery(
    IServiceProvider services, IOptions<MailOptions> options, IRedactorProvider redaction, TimeProvider clock, ILogger<MailDelivery> logger)
    : IOutboxConsumer<EmailMessage>
{
    public const string CorrelationHeader = "X-Request-ID";

    public async Task ConsumeAsync(EmailMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() >= message.DiscardAfter)
        {
            LogStale(logger, delivery.MessageId);
            return;
        }

        var transport = services.GetRequiredKeyedService<IMailTransport>(options.Value.Transport);
        try
        {
            var mail = MimeMessages.From(message, delivery.MessageId, options.Value);
            if (delivery.CorrelationId is { } correlationId)
            {
                // The request that caused the mail, for support to find its logs and trace.
                mail.Headers.Add(CorrelationHeader, correlationId);
            }

            await transport.SendAsync(mail, cancellationToken);
        }
        catch (SmtpCommandException refused)
        {
            var reason = $"The mail server refused the mail: {(int)refused.StatusCode} {refused.ErrorCode}";
            throw (int)refused.StatusCode >= 500 ? new PermanentDeliveryFailureException(reason) : new MailRefusedException(reason);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            // The address only as its keyed hash (ADR 41).
            var recipient = redaction.GetRedactor(DataTaxonomy.PersonalData).Redact(message.To);
            LogSent(logger, delivery.MessageId, recipient);
        }
    }

    [LoggerMessage(EventId = 1730, Level = LogLevel.Information, Message = "Mail of outbox message {MessageId} was sent to {Recipient}")]
    private static partial void LogSent(ILogger logger, Guid messageId, string recipient);

    [LoggerMessage(EventId = 1731, Level = LogLevel.Information, Message = "Mail of outbox message {MessageId} was not sent: its link expired before it could be")]
    private static partial void LogStale(ILogger logger, Guid messageId);
}

/// <summary>A mail server's temporary refusal (4xx): the relay tries the message again later.</summary>
internal sealed class MailRefusedException(string message) : Exception(message);

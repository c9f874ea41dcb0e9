using MimeKit;
using Platform.Application.Common.Mail;

namespace Platform.Infrastructure.Mail;

internal static class MimeMessages
{
    /// <summary>A multipart/alternative message (text, then HTML) from the configured sender.</summary>
    public static MimeMessage From(EmailMessage mail, Guid messageId, MailOptions options)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = $"{messageId:N}@{DomainOf(options.FromAddress)}" };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        foreach (var (field, value) in mail.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.Add(field, value);
        }

        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    private static string DomainOf(string address) => address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..];
}

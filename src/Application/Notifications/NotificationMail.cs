using System.Net;
using Platform.Application.Common.Mail;
using Platform.Application.Identity.Contracts;
using Platform.Application.Notifications.Contracts;

namespace Platform.Application.Notifications;

/// <summary>A notification as a mail in the recipient's language, with RFC 8058 one-click unsubscribe when it may be turned off.</summary>
internal static class NotificationMail
{
    public static EmailMessage Compose(UserCard recipient, NotificationType type, NotificationValues values, string? unsubscribeLink)
    {
        var russian = recipient.Locale == "ru";
        var texts = type.In(recipient.Locale);
        var title = texts.Title(values);
        var body = texts.Body(values);
        var greeting = russian ? $"Здравствуйте, {recipient.DisplayName}!" : $"Hello {recipient.DisplayName},";
        var footer = unsubscribeLink is null
            ? (russian ? "Это письмо о безопасности вашей учётной записи, его нельзя отключить." : "This mail is about your account's security and cannot be turned off.")
            : (russian ? "Отписаться от таких писем:" : "Stop mails like this one:");
        var text = $"{greeting}\n\n{body}\n\n{footer}{(unsubscribeLink is null ? string.Empty : $"\n{unsubscribeLink}")}\n";
        var html =
            $"<!DOCTYPE html><html lang=\"{(russian ? "ru" : "en")}\"><body>" +
            $"<p>{WebUtility.HtmlEncode(greeting)}</p>" +
            $"<p>{WebUtility.HtmlEncode(body)}</p>" +
            (unsubscribeLink is null
                ? $"<p><small>{WebUtility.HtmlEncode(footer)}</small></p>"
                : $"<p><small>{WebUtility.HtmlEncode(footer)} <a href=\"{WebUtility.HtmlEncode(unsubscribeLink)}\">{WebUtility.HtmlEncode(unsubscribeLink)}</a></small></p>") +
            "</body></html>";
        return new EmailMessage(recipient.Email, title, text, html)
        {
            Headers = unsubscribeLink is null
                ? null
                : new Dictionary<string, string>
                {
                    ["List-Unsubscribe"] = $"<{unsubscribeLink}>",
                    ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                },
        };
    }
}

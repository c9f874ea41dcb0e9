using System.Net;
using Platform.Application.Common.Localization;
using Platform.Application.Common.Mail;
using Platform.Application.Identity.Contracts;
using Platform.Application.Notifications.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Notifications.SendDailyDigests;

/// <summary>
/// The daily digest in the recipient's language: how many notifications, then each one's title and body, with an
/// RFC 8058 one-click link that stops the digest (every type sent to it).
/// </summary>
internal static class DigestMail
{
    /// <summary>What the digest's unsubscribe link names instead of a notification type.</summary>
    public const string LinkType = "digest";

    public static EmailMessage Compose(UserCard recipient, IReadOnlyList<Notification> notifications, NotificationCatalogue catalogue, string unsubscribeLink)
    {
        var russian = recipient.Locale == "ru";
        var count = russian
            ? Plurals.Russian(notifications.Count, "уведомление", "уведомления", "уведомлений")
            : Plurals.English(notifications.Count, "notification", "notifications");
        var subject = russian ? $"Сводка за день: {count}" : $"Your daily digest: {count}";
        var greeting = russian ? $"Здравствуйте, {recipient.DisplayName}!" : $"Hello {recipient.DisplayName},";
        var footer = russian
            ? "Какие уведомления приходят в сводке, можно выбрать в настройках приложения. Отписаться от сводки:"
            : "You choose which notifications come in the digest in the app's settings. Stop the digest:";
        var items = notifications.Select(notification =>
        {
            var texts = catalogue.Find(notification.Type)?.In(recipient.Locale);
            var values = new NotificationValues(notification.Parameters);
            return (Title: texts?.Title(values) ?? notification.Type, Body: texts?.Body(values) ?? string.Empty);
        }).ToList();
        var text = $"{greeting}\n\n{string.Concat(items.Select(item => $"- {item.Title}\n  {item.Body}\n"))}\n{footer}\n{unsubscribeLink}\n";
        var html =
            $"<!DOCTYPE html><html lang=\"{(russian ? "ru" : "en")}\"><body><p>{WebUtility.HtmlEncode(greeting)}</p><ul>" +
            string.Concat(items.Select(item => $"<li><strong>{WebUtility.HtmlEncode(item.Title)}</strong><br>{WebUtility.HtmlEncode(item.Body)}</li>")) +
            $"</ul><p><small>{WebUtility.HtmlEncode(footer)} <a href=\"{WebUtility.HtmlEncode(unsubscribeLink)}\">{WebUtility.HtmlEncode(unsubscribeLink)}</a></small></p></body></html>";
        return new EmailMessage(recipient.Email, subject, text, html)
        {
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{unsubscribeLink}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }
}

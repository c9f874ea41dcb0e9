using System.Globalization;
using System.Net;
using Platform.Application.Common.Mail;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.IssuePasswordReset;

/// <summary>The reset mail in the user's language (<c>en</c> or <c>ru</c>), as plain text and as HTML.</summary>
internal static class PasswordResetMail
{
    /// <summary>The mail is not worth sending once the link in it has expired (<paramref name="linkExpiresAt"/>).</summary>
    public static EmailMessage Compose(User user, string locale, string link, DateTimeOffset linkExpiresAt, TimeSpan lifetime)
    {
        var minutes = ((int)lifetime.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        var name = user.DisplayName.Value;
        var texts = locale == "ru" ? Russian(name, minutes) : English(name, minutes);
        var text = $"{texts.Greeting}\n\n{texts.Body}\n\n{link}\n\n{texts.Ignore}\n";
        var html =
            $"<!DOCTYPE html><html lang=\"{(locale == "ru" ? "ru" : "en")}\"><body>" +
            $"<p>{WebUtility.HtmlEncode(texts.Greeting)}</p>" +
            $"<p>{WebUtility.HtmlEncode(texts.Body)}</p>" +
            $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(texts.Action)}</a></p>" +
            $"<p>{WebUtility.HtmlEncode(texts.Ignore)}</p>" +
            "</body></html>";
        return new EmailMessage(user.Email.Value, texts.Subject, text, html) { DiscardAfter = linkExpiresAt };
    }

    private static MailTexts English(string name, string minutes) => new(
        Subject: "Reset your password",
        Greeting: $"Hello {name},",
        Body: $"Someone asked to reset the password of your account. The link below lets you choose a new one; it works once, for {minutes} minutes.",
        Action: "Choose a new password",
        Ignore: "If you did not ask for this, ignore this mail: your password stays as it is.");

    private static MailTexts Russian(string name, string minutes) => new(
        Subject: "Сброс пароля",
        Greeting: $"Здравствуйте, {name}!",
        Body: $"Кто-то запросил сброс пароля вашей учётной записи. По ссылке ниже можно задать новый пароль; она действует один раз в течение {minutes} минут.",
        Action: "Задать новый пароль",
        Ignore: "Если вы этого не запрашивали, просто проигнорируйте письмо: пароль останется прежним.");

    private sealed record MailTexts(string Subject, string Greeting, string Body, string Action, string Ignore);
}

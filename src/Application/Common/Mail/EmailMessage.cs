namespace Platform.Application.Common.Mail;

/// <summary>A mail to one recipient, in plain text and in HTML (clients show whichever they prefer).</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody)
{
    /// <summary>When the mail is no longer worth sending (e.g. the link in it expired); it is dropped unsent after that.</summary>
    public DateTimeOffset? DiscardAfter { get; init; }

    /// <summary>Keeps the bodies (which may hold a one-time link) out of anything that prints the message.</summary>
    public override string ToString() => $"{nameof(EmailMessage)} {{ To = {To}, Subject = {Subject} }}";
}

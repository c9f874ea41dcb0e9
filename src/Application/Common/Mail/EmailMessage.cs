using Platform.Application.Common.Outbox;

namespace Platform.Application.Common.Mail;

/// <summary>
/// A mail to one recipient, in plain text and in HTML (clients show whichever they prefer). A handler queues it in the
/// outbox, so it goes out only when the command committed; its consumer sends it, retrying while the mail server is down.
/// </summary>
[OutboxMessage("mail.requested.v1", HoldsSecrets = true)]
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody) : IOutboxMessage
{
    /// <summary>When the mail is no longer worth sending (e.g. the link in it expired); it is dropped unsent after that.</summary>
    public DateTimeOffset? DiscardAfter { get; init; }

    /// <summary>Header fields beyond the usual ones, e.g. <c>List-Unsubscribe</c> (RFC 8058).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Keeps the address and the bodies (which may hold a one-time link) out of anything that prints the message.</summary>
    public override string ToString() => $"{nameof(EmailMessage)} {{ Subject = {Subject} }}";
}

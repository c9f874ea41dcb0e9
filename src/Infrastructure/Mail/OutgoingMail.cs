using Platform.Application.Common.Mail;
using Platform.Domain.Common;

namespace Platform.Infrastructure.Mail;

/// <summary>A row of the mail outbox: a queued mail and how its delivery went.</summary>
internal sealed class OutgoingMail
{
    public const int LastErrorMaxLength = 1000;

    private OutgoingMail(Guid id, string to, string subject, string textBody, string htmlBody, DateTimeOffset createdAt, DateTimeOffset? discardAfter)
    {
        DiscardAfter = discardAfter;
        Id = id;
        To = to;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; }

    public string To { get; }

    public string Subject { get; }

    /// <summary>Emptied once the mail is sent or given up: a body may hold a one-time link, which must not stay in the database.</summary>
    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    /// <summary>After this the mail is given up unsent (its link has expired).</summary>
    public DateTimeOffset? DiscardAfter { get; }

    public DateTimeOffset CreatedAt { get; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Set when the mail was given up after the last allowed attempt.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutgoingMail Queue(EmailMessage message, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), message.To, message.Subject, message.TextBody, message.HtmlBody, StoredTime.From(now),
            message.DiscardAfter is { } discardAfter ? StoredTime.From(discardAfter) : null);

    public bool IsStaleAt(DateTimeOffset now) => now >= DiscardAfter;

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = StoredTime.From(now);
        LastError = null;
        ForgetBodies();
    }

    /// <summary>Gives the mail up unsent because it is no longer worth sending.</summary>
    public void Discard(DateTimeOffset now)
    {
        LastError = "Discarded unsent: the mail was stale.";
        FailedAt = StoredTime.From(now);
        ForgetBodies();
    }

    /// <summary>Schedules the next attempt after 30 s, 1 min, 2 min… or gives up after <paramref name="maxAttempts"/>.</summary>
    public void RecordFailure(string error, DateTimeOffset now, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length <= LastErrorMaxLength ? error : error[..LastErrorMaxLength];
        if (Attempts >= maxAttempts)
        {
            FailedAt = StoredTime.From(now);
            ForgetBodies();
            return;
        }

        NextAttemptAt = StoredTime.From(now.AddSeconds(30 * Math.Pow(2, Attempts - 1)));
    }

    private void ForgetBodies()
    {
        TextBody = string.Empty;
        HtmlBody = string.Empty;
    }
}

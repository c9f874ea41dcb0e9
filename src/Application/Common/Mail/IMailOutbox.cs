namespace Platform.Application.Common.Mail;

/// <summary>
/// Queues mail for sending. A queued mail is saved with the command's other changes (the unit of work), so it goes
/// out only when the command committed, and a dispatcher sends it afterwards, retrying while the mail server is down.
/// </summary>
public interface IMailOutbox
{
    void Enqueue(EmailMessage message);
}

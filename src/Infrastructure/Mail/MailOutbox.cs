using Platform.Application.Common.Mail;

namespace Platform.Infrastructure.Mail;

internal sealed class MailOutbox(PlatformDbContext context, TimeProvider clock) : IMailOutbox
{
    public void Enqueue(EmailMessage message) => context.Set<OutgoingMail>().Add(OutgoingMail.Queue(message, clock.GetUtcNow()));
}

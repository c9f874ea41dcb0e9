using Platform.Application.Common.Mail;

namespace Platform.Application.UnitTests.Support;

/// <summary>Mail queued by a command reaches <see cref="Queued"/> only when the unit of work saves, as in the real outbox.</summary>
public sealed class InMemoryMailOutbox : IMailOutbox
{
    private readonly List<EmailMessage> _pending = [];

    public InMemoryMailOutbox(FakeUnitOfWork unitOfWork)
    {
        unitOfWork.SaveHooks.Add(() =>
        {
            Queued.AddRange(_pending);
            _pending.Clear();
        });
        unitOfWork.DiscardHooks.Add(_pending.Clear);
    }

    public List<EmailMessage> Queued { get; } = [];

    public void Enqueue(EmailMessage message) => _pending.Add(message);
}

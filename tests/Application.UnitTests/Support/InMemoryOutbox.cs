using Platform.Application.Common.Outbox;

namespace Platform.Application.UnitTests.Support;

/// <summary>Messages a command writes reach <see cref="Queued"/> only when the unit of work saves, as in the real outbox.</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly List<IOutboxMessage> _pending = [];

    public InMemoryOutbox(FakeUnitOfWork unitOfWork)
    {
        unitOfWork.SaveHooks.Add(() =>
        {
            Queued.AddRange(_pending);
            _pending.Clear();
        });
        unitOfWork.DiscardHooks.Add(_pending.Clear);
    }

    public List<IOutboxMessage> Queued { get; } = [];

    public IReadOnlyList<Application.Common.Mail.EmailMessage> Mails => [.. Queued.OfType<Application.Common.Mail.EmailMessage>()];

    public void Enqueue(IOutboxMessage message) => _pending.Add(message);
}

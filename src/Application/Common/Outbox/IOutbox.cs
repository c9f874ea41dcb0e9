namespace Platform.Application.Common.Outbox;

/// <summary>
/// Writes messages into the outbox with the command's other changes: they are saved in its transaction, so they exist
/// exactly when the change committed (ADR 37). The unit-of-work behavior writes the messages of the domain events; a
/// handler writes one itself only for a message no aggregate raises (a mail).
/// </summary>
public interface IOutbox
{
    void Enqueue(IOutboxMessage message);
}

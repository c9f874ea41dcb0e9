namespace Platform.Application.Outbox.DiscardOutboxMessage;

/// <summary>An administrator gives a dead message up for good: it is deleted, and its consumers never get it.</summary>
public sealed record DiscardOutboxMessageCommand(Guid Id) : ICommand<Unit>;

internal sealed class DiscardOutboxMessageHandler(IOutboxRepository outbox)
    : IRequestHandler<DiscardOutboxMessageCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DiscardOutboxMessageCommand request, CancellationToken cancellationToken)
    {
        if (await outbox.DiscardAsync(request.Id, cancellationToken))
        {
            return Unit.Value;
        }

        return await outbox.FindAsync(request.Id, cancellationToken) is null ? OutboxErrors.MessageNotFound : OutboxErrors.MessageNotDead;
    }
}

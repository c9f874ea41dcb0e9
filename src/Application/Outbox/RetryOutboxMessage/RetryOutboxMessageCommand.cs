namespace Platform.Application.Outbox.RetryOutboxMessage;

/// <summary>An administrator sends a dead message to its consumers again (those that already had it skip it).</summary>
public sealed record RetryOutboxMessageCommand(Guid Id) : ICommand<Unit>;

internal sealed class RetryOutboxMessageHandler(IOutboxRepository outbox, TimeProvider clock)
    : IRequestHandler<RetryOutboxMessageCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RetryOutboxMessageCommand request, CancellationToken cancellationToken)
    {
        if (await outbox.RetryAsync(request.Id, clock.GetUtcNow(), cancellationToken))
        {
            return Unit.Value;
        }

        return await outbox.FindAsync(request.Id, cancellationToken) is null ? OutboxErrors.MessageNotFound : OutboxErrors.MessageNotDead;
    }
}

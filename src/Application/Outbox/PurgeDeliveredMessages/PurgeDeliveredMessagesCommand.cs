using Platform.Application.Common.Jobs;

namespace Platform.Application.Outbox.PurgeDeliveredMessages;

/// <summary>
/// Deletes outbox messages delivered more than <see cref="KeepFor"/> ago, and the records of which consumer had them
/// (a message that old is never delivered again). Dead messages stay until an administrator retries or discards them.
/// </summary>
public sealed record PurgeDeliveredMessagesCommand : ICommand<JobRun>
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(7);
}

internal sealed class PurgeDeliveredMessagesHandler(IOutboxRepository outbox, TimeProvider clock)
    : IRequestHandler<PurgeDeliveredMessagesCommand, Result<JobRun>>
{
    public async Task<Result<JobRun>> Handle(PurgeDeliveredMessagesCommand request, CancellationToken cancellationToken) =>
        new JobRun(await outbox.PurgeDeliveredAsync(clock.GetUtcNow() - PurgeDeliveredMessagesCommand.KeepFor, cancellationToken));
}

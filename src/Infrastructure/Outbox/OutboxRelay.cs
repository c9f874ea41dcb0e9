using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Application.Common;
using Platform.Application.Common.Outbox;
using Platform.Application.Common.Persistence;
using Platform.Domain.Common;

namespace Platform.Infrastructure.Outbox;

/// <summary>
/// Delivers the outbox's messages to their consumers (ADR 37). It claims a batch of due messages with
/// <c>FOR UPDATE SKIP LOCKED</c> and a lease, so relays on several instances share the work and a killed relay's batch
/// is taken again when its lease ends; gives each consumer the message in a transaction of its own that also records
/// it (<see cref="ProcessedMessage"/>), so a message delivered twice reaches each consumer once; and marks it delivered,
/// or after a failure waits longer each time until it is dead. A PostgreSQL <c>NOTIFY</c> from the insert trigger wakes
/// it at once; it polls every <see cref="OutboxOptions.PollInterval"/> as well, and pauses while PostgreSQL is down.
/// </summary>
internal sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    OutboxMessageCatalog catalog,
    OutboxMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay> logger) : DatabaseLoop(clock, logger)
{
    /// <summary>The channel the <c>outbox_messages</c> insert trigger notifies.</summary>
    public const string Channel = "outbox_messages";

    private static readonly Func<ILogger, Guid, string, string?, IDisposable?> MessageScope =
        LoggerMessage.DefineScope<Guid, string, string?>("OutboxMessage:{MessageId} {MessageName} CorrelationId:{CorrelationId}");

    private readonly ConcurrentDictionary<Type, string[]> _consumerNames = new();

    private NpgsqlConnection? _listener;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await RelayBatchAsync(cancellationToken) == options.Value.BatchSize)
        {
        }

        await CountBacklogAsync(cancellationToken);
    }

    /// <summary>The backlog for the gauges: pending messages and the age of the oldest (one index-backed query).</summary>
    private async Task CountBacklogAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<OutboxEntry>().Where(entry => entry.Status == OutboxStatus.Pending);
        var count = await pending.LongCountAsync(cancellationToken);
        var oldest = count == 0 ? (DateTimeOffset?)null : await pending.MinAsync(entry => (DateTimeOffset?)entry.CreatedAt, cancellationToken);
        metrics.Backlog(count, oldest is { } since ? Clock.GetUtcNow() - since : TimeSpan.Zero);
    }

    /// <summary>Claims up to one batch of due messages and delivers them; answers how many it claimed.</summary>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        var batch = await ClaimAsync(cancellationToken);
        var delivered = new ConcurrentQueue<(OutboxEntry Entry, bool HoldsSecrets)>();
        try
        {
            await Parallel.ForEachAsync(
                batch.OrderBy(entry => entry.AvailableAt).ThenBy(entry => entry.Id),
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
                // Each delivery runs on the relay's own token: one delivery's failure stops new ones starting, never cuts
                // off the others mid-consumer (a mail half sent would be sent again).
                async (entry, _) =>
                {
                    if (await DeliverAsync(entry, cancellationToken) is { } holdsSecrets)
                    {
                        delivered.Enqueue((entry, holdsSecrets));
                    }
                });
        }
        finally
        {
            // Also when stopping or when PostgreSQL went away mid-batch: what was delivered is not left to the lease.
            await MarkDeliveredAsync([.. delivered], CancellationToken.None);
        }

        return batch.Count;
    }

    /// <summary>
    /// Marks the batch's delivered messages in one statement (a message delivered to every consumer but not yet marked,
    /// because the relay died, is claimed again after its lease and each consumer skips it by its record).
    /// </summary>
    private async Task MarkDeliveredAsync(List<(OutboxEntry Entry, bool HoldsSecrets)> delivered, CancellationToken cancellationToken)
    {
        if (delivered.Count == 0)
        {
            return;
        }

        var ids = delivered.Select(message => message.Entry.Id).ToList();
        var emptied = delivered.Where(message => message.HoldsSecrets).Select(message => message.Entry.Id).ToList();
        var now = StoredTime.From(Clock.GetUtcNow());
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<OutboxEntry>()
            .Where(entry => ids.Contains(entry.Id) && entry.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(entry => entry.Status, OutboxStatus.Dispatched)
                    .SetProperty(entry => entry.Attempts, entry => entry.Attempts + 1)
                    .SetProperty(entry => entry.ProcessedAt, now)
                    .SetProperty(entry => entry.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(entry => entry.LastError, (string?)null)
                    .SetProperty(entry => entry.Payload, entry => emptied.Contains(entry.Id) ? "{}" : entry.Payload),
                cancellationToken);
        foreach (var (entry, _) in delivered)
        {
            metrics.Dispatched(entry.Name);
        }
    }

    private async Task<List<OutboxEntry>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = Clock.GetUtcNow();
        var leaseEnds = now + options.Value.Lease;
        var batchSize = options.Value.BatchSize;
        return await context.Set<OutboxEntry>()
            .FromSql($"""
                UPDATE outbox_messages SET claimed_until = {leaseEnds}
                WHERE id IN (
                    SELECT id FROM outbox_messages
                    WHERE status = 'Pending' AND available_at <= {now} AND (claimed_until IS NULL OR claimed_until < {now})
                    ORDER BY available_at, id
                    LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    /// <summary>Gives the message to each of its consumers; answers whether it holds secrets once delivered, or null if it failed.</summary>
    private async Task<bool?> DeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        Correlation.Id = entry.CorrelationId;
        using var logScope = MessageScope(Logger, entry.Id, entry.Name, entry.CorrelationId);
        // The delivery continues the trace of the request that wrote the message.
        ActivityContext.TryParse(entry.TraceParent, null, out var writer);
        using var activity = Tracing.Source.StartActivity($"outbox deliver {entry.Name}", ActivityKind.Consumer, writer);
        activity?.SetTag("messaging.system", "platform-outbox");
        activity?.SetTag("messaging.destination.name", entry.Name);
        activity?.SetTag("messaging.message.id", entry.Id.ToString());
        activity?.SetTag("platform.outbox.attempt", entry.Attempts + 1);
        if (!catalog.TryGet(entry.Name, out var messageType, out var holdsSecrets))
        {
            await FailAsync(entry, permanent: true, $"No message contract is named {entry.Name}.", exception: null);
            return null;
        }

        IOutboxMessage message;
        try
        {
            message = (IOutboxMessage)(JsonSerializer.Deserialize(entry.Payload, messageType, OutboxWriter.PayloadFormat)
                ?? throw new JsonException("The payload is null."));
        }
        catch (JsonException exception)
        {
            await FailAsync(entry, permanent: true, $"The payload does not read as {entry.Name}: {exception.Message}", exception);
            return null;
        }

        var delivery = new OutboxDelivery(entry.Id, entry.Name, entry.CreatedAt, entry.CorrelationId, entry.Attempts + 1);
        var consumerNames = _consumerNames.GetOrAdd(messageType, ConsumerNamesOf);
        for (var index = 0; index < consumerNames.Length; index++)
        {
            try
            {
                await ConsumeOnceAsync(messageType, index, message, delivery, cancellationToken);
            }
            // A consumer's own cancellation (an HTTP client's timeout) is a failed delivery, retried; only the relay stopping is not.
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && !DatabaseOutage.IsCauseOf(exception))
            {
                await FailAsync(entry, exception is PermanentDeliveryFailureException, $"{consumerNames[index]}: {exception.Message}", exception);
                return null;
            }
        }

        return holdsSecrets;
    }

    /// <summary>The names of a message's consumers, which are the same in every scope (registered once, at start).</summary>
    private string[] ConsumerNamesOf(Type messageType)
    {
        using var scope = scopes.CreateScope();
        return [.. OutboxConsumers.In(scope.ServiceProvider, messageType).Select(consumer => consumer.Name)];
    }

    /// <summary>
    /// Gives the message to one consumer, in a scope and a transaction of its own that records it first: a consumer that
    /// already has it (an earlier, interrupted delivery) finds its record and is skipped; one still busy with it elsewhere
    /// holds the record's lock, so this waits and then skips.
    /// </summary>
    private async Task ConsumeOnceAsync(Type messageType, int index, IOutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var consumer = OutboxConsumers.In(scope.ServiceProvider, messageType).ElementAt(index);
        var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        IUnitOfWork transaction = context;
        await transaction.BeginAsync(cancellationToken);
        try
        {
            var now = StoredTime.From(Clock.GetUtcNow());
            var recorded = await context.Database.ExecuteSqlAsync(
                $"INSERT INTO processed_messages (consumer, message_id, processed_at) VALUES ({consumer.Name}, {delivery.MessageId}, {now}) ON CONFLICT DO NOTHING",
                cancellationToken);
            if (recorded == 1)
            {
                await consumer.ConsumeAsync(message, delivery, cancellationToken);
                await scope.ServiceProvider.GetRequiredService<ITransactionCommit>().CommitAsync(cancellationToken);
                return;
            }
        }
        catch
        {
            transaction.DiscardChanges();
            await transaction.RollbackAsync();
            throw;
        }

        await transaction.RollbackAsync();
    }

    private async Task FailAsync(OutboxEntry entry, bool permanent, string error, Exception? exception)
    {
        var settings = options.Value;
        var attempts = entry.Attempts + 1;
        var dead = permanent || attempts >= settings.MaxAttempts;
        var now = StoredTime.From(Clock.GetUtcNow());
        var availableAt = dead ? entry.AvailableAt : StoredTime.From(now + settings.RetryDelay(attempts, Random.Shared));
        var lastError = error.Length <= OutboxEntry.LastErrorMaxLength ? error : error[..OutboxEntry.LastErrorMaxLength];
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<OutboxEntry>()
            .Where(failed => failed.Id == entry.Id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(failed => failed.Status, dead ? OutboxStatus.Dead : OutboxStatus.Pending)
                .SetProperty(failed => failed.Attempts, attempts)
                .SetProperty(failed => failed.AvailableAt, availableAt)
                .SetProperty(failed => failed.ProcessedAt, dead ? now : null)
                .SetProperty(failed => failed.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(failed => failed.LastError, lastError));
        metrics.Failed(entry.Name, dead);
        if (dead)
        {
            LogDead(Logger, entry.Id, entry.Name, attempts, exception);
        }
        else
        {
            LogRetrying(Logger, entry.Id, entry.Name, attempts, availableAt, exception);
        }
    }

    /// <summary>Waits for the insert trigger's notification, or the poll interval; without a listening connection, only the interval.</summary>
    protected override async Task WaitForWorkAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            _listener ??= await ListenAsync(cancellationToken);
            await _listener.WaitAsync(interval, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await DropListenerAsync();
            await Task.Delay(interval, Clock, cancellationToken);
        }
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var connection = new NpgsqlConnection(scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var listen = new NpgsqlCommand($"LISTEN {Channel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task DropListenerAsync()
    {
        if (_listener is { } listener)
        {
            _listener = null;
            await listener.DisposeAsync();
        }
    }

    public override void Dispose()
    {
        _listener?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 1710, Level = LogLevel.Warning,
        Message = "Delivering outbox message {MessageId} ({MessageName}) failed (attempt {Attempts}); it is tried again at {RetryAt:o}")]
    private static partial void LogRetrying(ILogger logger, Guid messageId, string messageName, int attempts, DateTimeOffset retryAt, Exception? exception);

    [LoggerMessage(EventId = 1711, Level = LogLevel.Error,
        Message = "Outbox message {MessageId} ({MessageName}) is dead after {Attempts} attempts; an administrator can retry or discard it")]
    private static partial void LogDead(ILogger logger, Guid messageId, string messageName, int attempts, Exception? exception);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Application.Common.Persistence;

namespace Platform.Infrastructure.Mail;

/// <summary>
/// Sends the outbox's due mail every <see cref="MailOptions.DispatchInterval"/>. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several instances of the Api never send one mail twice; a failed send is
/// retried later, and the loop survives a database or mail server that is down (<see cref="DatabaseLoop"/>).
/// </summary>
internal sealed partial class MailDispatcher(
    IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailDispatcher> logger) : DatabaseLoop(clock, logger)
{
    private const int BatchSize = 20;

    protected override TimeSpan Interval => options.Value.DispatchInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => DispatchAllDueAsync(cancellationToken);

    private async Task DispatchAllDueAsync(CancellationToken cancellationToken)
    {
        int tried;
        do
        {
            tried = await DispatchBatchAsync(cancellationToken);
        }
        while (tried == BatchSize);
    }

    /// <summary>Sends up to one batch of due mail; answers how many mails it tried.</summary>
    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        IUnitOfWork batch = context;
        var transport = scope.ServiceProvider.GetRequiredKeyedService<IMailTransport>(options.Value.Transport);
        await batch.BeginAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        var due = await context.Set<OutgoingMail>()
            .FromSql($"""
                SELECT * FROM outgoing_mails
                WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now}
                ORDER BY next_attempt_at, id
                LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        foreach (var mail in due)
        {
            if (mail.IsStaleAt(now))
            {
                mail.Discard(now);
                continue;
            }

            try
            {
                await transport.SendAsync(MimeMessages.From(mail, options.Value), cancellationToken);
                mail.MarkSent(Clock.GetUtcNow());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                mail.RecordFailure(exception.Message, Clock.GetUtcNow(), options.Value.MaxAttempts);
                LogSendFailed(Logger, mail.Id, mail.Attempts, exception);
            }
        }

        await batch.SaveChangesAsync(cancellationToken);
        await batch.CommitAsync(cancellationToken);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending mail {MailId} failed (attempt {Attempts})")]
    private static partial void LogSendFailed(ILogger logger, Guid mailId, int attempts, Exception exception);
}

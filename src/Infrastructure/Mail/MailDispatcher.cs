using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Mail;

/// <summary>
/// Sends the outbox's due mail every <see cref="MailOptions.DispatchInterval"/>. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several instances of the Api never send one mail twice; a failed send is
/// retried later, and the loop survives a database or mail server that is down.
/// </summary>
internal sealed partial class MailDispatcher(
    IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DispatchInterval, clock);
        try
        {
            do
            {
                try
                {
                    await DispatchAllDueAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogDispatchFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping ends the loop normally: the host counts a cancelled ExecuteAsync outside its own shutdown as a failure.
        }
    }

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
        var transport = scope.ServiceProvider.GetRequiredKeyedService<IMailTransport>(options.Value.Transport);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
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
                mail.MarkSent(clock.GetUtcNow());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                mail.RecordFailure(exception.Message, clock.GetUtcNow(), options.Value.MaxAttempts);
                LogSendFailed(logger, mail.Id, mail.Attempts, exception);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching the mail outbox failed; retrying at the next interval")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending mail {MailId} failed (attempt {Attempts})")]
    private static partial void LogSendFailed(ILogger logger, Guid mailId, int attempts, Exception exception);
}

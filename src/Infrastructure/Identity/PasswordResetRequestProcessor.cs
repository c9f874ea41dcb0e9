using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Application.Identity;
using Platform.Application.Identity.IssuePasswordReset;
using Platform.Domain.Identity;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Answers stored reset requests every <see cref="PasswordResetOptions.ProcessInterval"/>: claims a batch with
/// <c>FOR UPDATE SKIP LOCKED</c> (so two instances never answer one request twice) and sends
/// <see cref="IssuePasswordResetCommand"/> for each inside that transaction.
/// </summary>
internal sealed partial class PasswordResetRequestProcessor(
    IServiceScopeFactory scopes, IOptions<PasswordResetOptions> options, TimeProvider clock, ILogger<PasswordResetRequestProcessor> logger)
    : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ProcessInterval, clock);
        try
        {
            do
            {
                try
                {
                    int processed;
                    do
                    {
                        processed = await ProcessBatchAsync(stoppingToken);
                    }
                    while (processed == BatchSize);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogProcessingFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping ends the loop normally (see MailDispatcher).
        }
    }

    private async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var pending = await context.Set<PasswordResetRequest>()
            .FromSql($"""
                SELECT * FROM password_reset_requests
                WHERE processed_at IS NULL
                ORDER BY requested_at, id
                LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        foreach (var request in pending)
        {
            await mediator.Send(new IssuePasswordResetCommand(request.Id), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return pending.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering password reset requests failed; retrying at the next interval")]
    private static partial void LogProcessingFailed(ILogger logger, Exception exception);
}

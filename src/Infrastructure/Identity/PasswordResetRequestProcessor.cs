using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Application.Identity;
using Platform.Application.Identity.IssuePasswordReset;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Answers stored reset requests every <see cref="PasswordResetOptions.ProcessInterval"/>: claims one at a time with
/// <c>FOR UPDATE SKIP LOCKED</c> (so two instances never answer one request twice) and sends
/// <see cref="IssuePasswordResetCommand"/> for it inside that transaction.
/// </summary>
internal sealed partial class PasswordResetRequestProcessor(
    IServiceScopeFactory scopes, IOptions<PasswordResetOptions> options, TimeProvider clock, ILogger<PasswordResetRequestProcessor> logger)
    : DatabaseLoop(clock, logger)
{
    private const int BatchSize = 20;

    protected override TimeSpan Interval => options.Value.ProcessInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        int processed;
        do
        {
            processed = await ProcessBatchAsync(cancellationToken);
        }
        while (processed == BatchSize);
    }

    /// <summary>
    /// Answers up to a batch, each request in its own transaction, so one that fails neither undoes nor blocks the others:
    /// it is logged and dropped (the person can ask again), never retried forever. An outage of the database leaves it queued.
    /// </summary>
    private async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        var answered = 0;
        while (answered < BatchSize && await ProcessOneAsync(cancellationToken))
        {
            answered++;
        }

        return answered;
    }

    private async Task<bool> ProcessOneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var request = await context.Set<PasswordResetRequest>()
            .FromSql($"""
                SELECT * FROM password_reset_requests
                ORDER BY requested_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            .SingleOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            return false;
        }

        try
        {
            var issued = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new IssuePasswordResetCommand(request.Id), cancellationToken);
            if (!issued.IsSuccess)
            {
                // A refused command inside this transaction may have aborted it: committing would silently roll back and
                // leave the request queued for ever.
                throw new InvalidOperationException($"Issuing the reset was refused: {issued.Error.Code}.");
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !DatabaseOutage.IsCauseOf(exception))
        {
            LogRequestFailed(Logger, request.Id, exception);
            await transaction.RollbackAsync(cancellationToken);
            await context.Set<PasswordResetRequest>().Where(failed => failed.Id == request.Id).ExecuteDeleteAsync(cancellationToken);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering password reset request {RequestId} failed; it was dropped")]
    private static partial void LogRequestFailed(ILogger logger, Guid requestId, Exception exception);
}

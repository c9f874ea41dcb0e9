using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Application.Identity;
using Platform.Application.Identity.IssuePasswordReset;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Answers stored reset requests every <see cref="PasswordResetOptions.ProcessInterval"/>, oldest first, each through
/// <see cref="IssuePasswordResetCommand"/> in a unit of work of its own (its handler claims the request with
/// <c>FOR UPDATE SKIP LOCKED</c>, so two instances never answer one request twice).
/// </summary>
internal sealed partial class PasswordResetRequestProcessor(
    IServiceScopeFactory scopes, IOptions<PasswordResetOptions> options, TimeProvider clock, ILogger<PasswordResetRequestProcessor> logger)
    : DatabaseLoop(clock, logger)
{
    private const int BatchSize = 20;

    protected override TimeSpan Interval => options.Value.ProcessInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> pending;
        do
        {
            pending = await ListPendingAsync(cancellationToken);
            foreach (var requestId in pending)
            {
                await AnswerAsync(requestId, cancellationToken);
            }
        }
        while (pending.Count == BatchSize);
    }

    private async Task<IReadOnlyList<Guid>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<PasswordResetRequest>()
            .OrderBy(request => request.RequestedAt).ThenBy(request => request.Id)
            .Select(request => request.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A request whose answer fails is logged and dropped (the person can ask again), never retried for ever, so it
    /// neither blocks nor undoes the others. An outage of the database leaves it queued.
    /// </summary>
    private async Task AnswerAsync(Guid requestId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var answered = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new IssuePasswordResetCommand(requestId), cancellationToken);
            if (!answered.IsSuccess)
            {
                throw new InvalidOperationException($"Issuing the reset was refused: {answered.Error.Code}.");
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !DatabaseOutage.IsCauseOf(exception))
        {
            LogRequestFailed(Logger, requestId, exception);
            // One statement, atomic on its own: the command's unit of work has already rolled back.
            await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<PasswordResetRequest>()
                .Where(failed => failed.Id == requestId)
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering password reset request {RequestId} failed; it was dropped")]
    private static partial void LogRequestFailed(ILogger logger, Guid requestId, Exception exception);
}

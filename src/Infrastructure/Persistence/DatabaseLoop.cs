using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// A background loop that works on the database every <see cref="Interval"/>. While PostgreSQL cannot be reached it
/// logs that once, waits twice as long after each failed try (1 s, 2 s, 4 s … up to 15 s) and logs once more when
/// it is back (ADR 24); any other failure, a cancellation that is not the host stopping included (an HTTP client's
/// timeout), is logged and tried again after <see cref="RetryAfterFailure"/>. Stopping the host ends it normally.
/// </summary>
public abstract partial class DatabaseLoop(TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan LongestOutageWait = TimeSpan.FromSeconds(15);

    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    protected virtual TimeSpan RetryAfterFailure => Interval;

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>The pause after a run that went well: <paramref name="interval"/>, unless the loop learns of work sooner.</summary>
    protected virtual Task WaitForWorkAsync(TimeSpan interval, CancellationToken cancellationToken) => Task.Delay(interval, Clock, cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loop = GetType().Name;
        var failedTries = 0;
        DateTimeOffset? outageSince = null;
        try
        {
            while (true)
            {
                var wait = Interval;
                var idle = true;
                try
                {
                    await RunOnceAsync(stoppingToken);
                    if (outageSince is { } since)
                    {
                        var outage = Clock.GetUtcNow() - since;
                        LogResumed(Logger, loop, outage.TotalSeconds);

                        outageSince = null;
                        failedTries = 0;
                    }
                }
                catch (Exception exception) when (!Stopping(exception, stoppingToken) && DatabaseOutage.IsCauseOf(exception))
                {
                    if (outageSince is null)
                    {
                        outageSince = Clock.GetUtcNow();
                        LogOutage(Logger, loop, exception);
                        DatabaseOutage.DropPooledConnections();
                    }

                    wait = TimeSpan.FromSeconds(Math.Min(LongestOutageWait.TotalSeconds, Math.Pow(2, Math.Min(failedTries++, 4))));
                    idle = false;
                }
                catch (Exception exception) when (!Stopping(exception, stoppingToken))
                {
                    LogFailed(Logger, loop, exception);
                    wait = RetryAfterFailure;
                    idle = false;
                }

                await (idle ? WaitForWorkAsync(wait, stoppingToken) : Task.Delay(wait, Clock, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Whether the exception is the loop being stopped. A cancellation from anything else (an HTTP client's timeout in
    /// a consumer) is a failure of the run like any other, not a reason for the loop to end.
    /// </summary>
    private static bool Stopping(Exception exception, CancellationToken stoppingToken) =>
        exception is OperationCanceledException && stoppingToken.IsCancellationRequested;

    [LoggerMessage(EventId = 1510, Level = LogLevel.Warning, Message = "{Loop} cannot reach PostgreSQL; it pauses and tries again, waiting longer each time")]
    private static partial void LogOutage(ILogger logger, string loop, Exception exception);

    [LoggerMessage(EventId = 1511, Level = LogLevel.Information, Message = "{Loop} reaches PostgreSQL again and resumed after {OutageSeconds:0.0} s")]
    private static partial void LogResumed(ILogger logger, string loop, double outageSeconds);

    [LoggerMessage(EventId = 1512, Level = LogLevel.Error, Message = "{Loop} failed; it tries again at its next interval")]
    private static partial void LogFailed(ILogger logger, string loop, Exception exception);
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Platform.Application.Common.Security;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Logs which request ran, for whom, how long it took and how it ended. It never logs the request's
/// fields, so passwords, tokens and other secrets cannot leak through it. Successes are Debug (their volume
/// is in the metrics; a line per request halves throughput, docs/benchmarks.md), expected failures
/// Information, exceptions Error.
/// </summary>
internal sealed partial class LoggingBehavior<TRequest, TResponse>(
    ILogger<LoggingBehavior<TRequest, TResponse>> logger,
    ICurrentUser currentUser)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IOutcome
{
    private static readonly string RequestName = typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccess)
            {
                LogFailed(logger, RequestName, currentUser.Id, elapsedMs, response.Error!.Code);
            }
            else if (logger.IsEnabled(LogLevel.Debug))
            {
                LogSucceeded(logger, RequestName, currentUser.Id, elapsedMs);
            }

            return response;
        }
        catch (Exception exception)
        {
            LogThrew(logger, exception, RequestName, currentUser.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug,
        Message = "{RequestName} for user {UserId} succeeded in {ElapsedMs:0.0} ms")]
    private static partial void LogSucceeded(ILogger logger, string requestName, Guid? userId, double elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "{RequestName} for user {UserId} failed with {ErrorCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string requestName, Guid? userId, double elapsedMs, string errorCode);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error,
        Message = "{RequestName} for user {UserId} threw after {ElapsedMs:0.0} ms")]
    private static partial void LogThrew(ILogger logger, Exception exception, string requestName, Guid? userId, double elapsedMs);
}

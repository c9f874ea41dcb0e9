using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.Http;

/// <summary>
/// A request that needed PostgreSQL while it could not be reached answers 503 <c>database_unavailable</c> with
/// <c>Retry-After</c>, never a 500; this covers the session check of every authenticated request, so a session that
/// cannot be verified is refused, not honoured (ADR 24). Each outage is logged once, when it is first met.
/// </summary>
internal sealed partial class DatabaseUnavailableExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>A restarted server is usually back within seconds (the crash test's outages last about two).</summary>
    public const int RetryAfterSeconds = 3;

    private long _lastLoggedTicks = long.MinValue / 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.IsCauseOf(exception))
        {
            return false;
        }

        DatabaseOutage.DropPooledConnections();
        LogOncePerOutage(exception);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is unavailable.",
                Detail = $"The service cannot reach its database right now; retry after {RetryAfterSeconds} seconds. A write cut off while it was being committed may have been saved: read before repeating it.",
                Extensions = { ["code"] = ProblemCodes.DatabaseUnavailable },
            },
        });
    }

    /// <summary>One warning per outage rather than one per refused request: at most one every ten seconds.</summary>
    private void LogOncePerOutage(Exception exception)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastLoggedTicks);
        if (now - last >= 10_000 && Interlocked.CompareExchange(ref _lastLoggedTicks, now, last) == last)
        {
            LogUnavailable(logger, exception);
        }
    }

    [LoggerMessage(EventId = 1500, Level = LogLevel.Warning,
        Message = "PostgreSQL cannot be reached; requests that need it answer 503 database_unavailable until it is back")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}

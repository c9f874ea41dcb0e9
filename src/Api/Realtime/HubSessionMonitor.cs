using Microsoft.Extensions.Options;
using Platform.Application.Identity;

namespace Platform.Api.Realtime;

/// <summary>
/// Closes hub connections whose session has ended (logout, logout everywhere, a password reset, a lock), checking
/// every <see cref="Platform.Application.Identity.SessionOptions.StatusCacheDuration"/> through the same cached session state as requests, so a
/// revoked session stops receiving pushes as fast as its access tokens stop working, not when its token expires.
/// </summary>
internal sealed partial class HubSessionMonitor(
    HubConnections connections, ISessionStatus sessionStatus, IOptions<Platform.Application.Identity.SessionOptions> options, ILogger<HubSessionMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.StatusCacheDuration);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var open in connections.Open.ToList())
            {
                try
                {
                    if (!await sessionStatus.IsActiveAsync(open.SessionId, open.UserId, stoppingToken))
                    {
                        open.Connection.Abort();
                        connections.Remove(open.Connection.ConnectionId);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogCheckFailed(logger, open.SessionId, exception);
                }
            }
        }
    }

    [LoggerMessage(EventId = 1400, Level = LogLevel.Warning, Message = "Checking session {SessionId} of a hub connection failed; checking again at the next tick")]
    private static partial void LogCheckFailed(ILogger logger, Guid sessionId, Exception exception);
}

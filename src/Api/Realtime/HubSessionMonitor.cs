using Microsoft.Extensions.Options;
using Platform.Application.Identity;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.Realtime;

/// <summary>
/// Closes hub connections whose session has ended (logout, logout everywhere, a password reset, a lock), checking
/// every <see cref="Platform.Application.Identity.SessionOptions.StatusCacheDuration"/> through the same cached session state as requests, so a
/// revoked session stops receiving pushes as fast as its access tokens stop working, not when its token expires.
/// While the database cannot be reached, open connections stay open and the round pauses (<see cref="DatabaseLoop"/>):
/// each was verified when it opened, and closing them all would only bring a storm of reconnections answered 503.
/// </summary>
internal sealed partial class HubSessionMonitor(
    HubConnections connections, ISessionStatus sessionStatus, IOptions<Platform.Application.Identity.SessionOptions> options, TimeProvider clock, ILogger<HubSessionMonitor> logger)
    : DatabaseLoop(clock, logger)
{
    protected override TimeSpan Interval => options.Value.StatusCacheDuration;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var open in connections.Open.ToList())
        {
            try
            {
                if (!await sessionStatus.IsActiveAsync(open.SessionId, open.UserId, cancellationToken))
                {
                    open.Connection.Abort();
                    connections.Remove(open.Connection.ConnectionId);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException && !DatabaseOutage.IsCauseOf(exception))
            {
                LogCheckFailed(Logger, open.SessionId, exception);
            }
        }
    }

    [LoggerMessage(EventId = 1400, Level = LogLevel.Warning, Message = "Checking session {SessionId} of a hub connection failed; checking again at the next tick")]
    private static partial void LogCheckFailed(ILogger logger, Guid sessionId, Exception exception);
}

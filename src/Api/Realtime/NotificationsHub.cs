using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Platform.Api.Realtime;

/// <summary>
/// The real-time channel of signed-in clients at <c>/hubs/notifications</c> (WebSockets, falling back to SSE or long
/// polling). Clients only listen: the server pushes each event to the users it concerns (see
/// <see cref="SignalRRealtimePublisher"/>), e.g. projectUpdated to a project's members. A connection ends when its
/// session ends (<see cref="HubSessionMonitor"/>) or its token expires.
/// </summary>
[Authorize]
internal sealed class NotificationsHub(HubConnections connections) : Hub
{
    public const string Path = "/hubs/notifications";

    public override Task OnConnectedAsync()
    {
        connections.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}

using Microsoft.AspNetCore.SignalR;
using Platform.Application.Common.Realtime;

namespace Platform.Api.Realtime;

/// <summary>Sends an event to the connections of its recipients only; with Redis configured, through the Redis backplane to every node.</summary>
internal sealed class SignalRRealtimePublisher(IHubContext<NotificationsHub> hub) : IRealtimePublisher
{
    public Task PublishAsync(RealtimeEvent realtimeEvent, CancellationToken cancellationToken) =>
        hub.Clients.Users(realtimeEvent.Recipients.Select(id => id.ToString()).ToList())
            .SendAsync(realtimeEvent.Name, realtimeEvent.Payload, cancellationToken);
}

namespace Platform.Application.Common.Realtime;

/// <summary>Pushes an event to the connected clients of its recipients (SignalR in the Api).</summary>
public interface IRealtimePublisher
{
    Task PublishAsync(RealtimeEvent realtimeEvent, CancellationToken cancellationToken);
}

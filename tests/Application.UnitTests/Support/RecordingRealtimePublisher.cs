using Platform.Application.Common.Realtime;

namespace Platform.Application.UnitTests.Support;

/// <summary>Keeps what the pipeline pushed, in order.</summary>
public sealed class RecordingRealtimePublisher : IRealtimePublisher
{
    public List<RealtimeEvent> Published { get; } = [];

    public Task PublishAsync(RealtimeEvent realtimeEvent, CancellationToken cancellationToken)
    {
        Published.Add(realtimeEvent);
        return Task.CompletedTask;
    }
}

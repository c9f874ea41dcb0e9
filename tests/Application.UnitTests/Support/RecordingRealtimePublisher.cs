using Platform.Application.Common.Realtime;

namespace Platform.Application.UnitTests.Support;

/// <summary>Keeps what the pipeline pushed, in order; fails every push once told to.</summary>
public sealed class RecordingRealtimePublisher : IRealtimePublisher
{
    public List<RealtimeEvent> Published { get; } = [];

    public Exception? FailWith { get; set; }

    public Task PublishAsync(RealtimeEvent realtimeEvent, CancellationToken cancellationToken)
    {
        if (FailWith is { } failure)
        {
            return Task.FromException(failure);
        }

        Published.Add(realtimeEvent);
        return Task.CompletedTask;
    }
}

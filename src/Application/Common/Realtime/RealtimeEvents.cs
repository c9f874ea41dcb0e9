namespace Platform.Application.Common.Realtime;

/// <summary>
/// The events a command's handler raises, to be pushed only after the command succeeded, its changes were committed
/// and the cache no longer holds what they changed (see <c>RealtimePublishBehavior</c>). One per request scope.
/// </summary>
public sealed class RealtimeEvents
{
    private readonly List<RealtimeEvent> _pending = [];

    public IReadOnlyList<RealtimeEvent> Pending => _pending;

    public void Raise(string name, IEnumerable<Guid> recipients, object payload) =>
        _pending.Add(new RealtimeEvent(name, recipients.Distinct().ToList(), payload));
}

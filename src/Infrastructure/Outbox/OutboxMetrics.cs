using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Infrastructure.Outbox;

/// <summary>
/// The outbox's instruments (meter <c>Platform.Outbox</c>, at <c>/metrics</c>): deliveries, retries and dead messages by
/// contract, and, as the relay last saw them, how many messages are pending and how old the oldest one is.
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "Platform.Outbox";

    private readonly Counter<long> _dispatched;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _dead;
    private long _pending;
    private double _oldestPendingAgeSeconds;

    public OutboxMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _dispatched = meter.CreateCounter<long>("platform.outbox.dispatched", description: "Messages delivered to every consumer, by contract.");
        _retried = meter.CreateCounter<long>("platform.outbox.retried", description: "Failed deliveries that will be tried again, by contract.");
        _dead = meter.CreateCounter<long>("platform.outbox.dead", description: "Messages given up after their last attempt or a permanent refusal, by contract.");
        meter.CreateObservableGauge("platform.outbox.pending", () => Interlocked.Read(ref _pending), description: "Messages waiting for delivery, as the relay last counted.");
        meter.CreateObservableGauge("platform.outbox.oldest_pending_age", () => Volatile.Read(ref _oldestPendingAgeSeconds), unit: "s",
            description: "How long the oldest pending message has waited, as the relay last saw it.");
    }

    internal void Dispatched(string message) => _dispatched.Add(1, new TagList { { "message", message } });

    internal void Failed(string message, bool dead) => (dead ? _dead : _retried).Add(1, new TagList { { "message", message } });

    internal void Backlog(long pending, TimeSpan oldestAge)
    {
        Interlocked.Exchange(ref _pending, pending);
        Volatile.Write(ref _oldestPendingAgeSeconds, oldestAge.TotalSeconds);
    }
}

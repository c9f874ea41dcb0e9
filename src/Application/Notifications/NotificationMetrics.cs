using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Application.Notifications;

/// <summary>The notifications centre's instrument (meter <c>Platform.Notifications</c>): notifications sent, by channel and type.</summary>
public sealed class NotificationMetrics
{
    public const string MeterName = "Platform.Notifications";

    private readonly Counter<long> _sent;

    public NotificationMetrics(IMeterFactory meterFactory) =>
        _sent = meterFactory.Create(MeterName)
            .CreateCounter<long>("platform.notifications.sent", description: "Notifications sent, by channel (in_app, email, digest) and type.");

    internal void Sent(string channel, string type) => _sent.Add(1, new TagList { { "channel", channel }, { "type", type } });
}

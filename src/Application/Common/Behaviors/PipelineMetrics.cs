using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// The pipeline's own instrument: the duration of each request by request name and outcome. Its count
/// (<c>_count</c> in Prometheus) is the number of requests, so no separate counter is kept.
/// </summary>
public sealed class PipelineMetrics
{
    public const string MeterName = "Platform.Application";

    private readonly Histogram<double> _duration;

    public PipelineMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram<double>(
            "platform.pipeline.request.duration", unit: "s", description: "Time spent in the MediatR pipeline per request.");
    }

    public void Record(string requestName, string outcome, double seconds)
    {
        _duration.Record(seconds, new TagList { { "request", requestName }, { "outcome", outcome } });
    }
}

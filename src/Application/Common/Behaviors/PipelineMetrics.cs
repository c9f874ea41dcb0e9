using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Application.Common.Behaviors;

/// <summary>The pipeline's own instruments: requests handled and their duration, by request name and outcome.</summary>
public sealed class PipelineMetrics
{
    public const string MeterName = "Platform.Application";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;

    public PipelineMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>(
            "platform.pipeline.requests", unit: "{request}", description: "Requests handled by the MediatR pipeline.");
        _duration = meter.CreateHistogram<double>(
            "platform.pipeline.request.duration", unit: "s", description: "Time spent in the MediatR pipeline per request.");
    }

    public void Record(string requestName, string outcome, double seconds)
    {
        var tags = new TagList { { "request", requestName }, { "outcome", outcome } };
        _requests.Add(1, tags);
        _duration.Record(seconds, tags);
    }
}

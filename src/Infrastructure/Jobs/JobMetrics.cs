using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Infrastructure.Jobs;

/// <summary>The job engine's instruments (meter <c>Platform.Jobs</c>): runs by job and outcome, and how long they took.</summary>
public sealed class JobMetrics
{
    public const string MeterName = "Platform.Jobs";

    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;

    public JobMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _runs = meter.CreateCounter<long>("platform.jobs.runs", description: "Job runs by job and outcome (success, failure).");
        _duration = meter.CreateHistogram<double>("platform.jobs.run.duration", unit: "s", description: "How long job runs took, by job.");
    }

    // The label is job_name, not job: Prometheus sets job to the scrape job and would rename ours to exported_job.
    internal void Ran(string job, bool succeeded, TimeSpan duration)
    {
        _runs.Add(1, new TagList { { "job_name", job }, { "outcome", succeeded ? "success" : "failure" } });
        _duration.Record(duration.TotalSeconds, new TagList { { "job_name", job } });
    }
}

using System.Diagnostics;

namespace Platform.Application.Common.Behaviors;

/// <summary>Measures each request's duration, tagged with its name and outcome: success, an error code, or exception.</summary>
internal sealed class MetricsBehavior<TRequest, TResponse>(PipelineMetrics metrics)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IOutcome
{
    private static readonly string RequestName = typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "exception";
        try
        {
            var response = await next();
            outcome = response.IsSuccess ? "success" : response.Error!.Code;
            return response;
        }
        finally
        {
            metrics.Record(RequestName, outcome, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}

using System.Diagnostics;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// The outermost behavior: one span per request, named after it, with its outcome (success, failure or
/// recorded_refusal) and error code; a query served from the cache says so (<see cref="Tracing.CacheHitTag"/>).
/// </summary>
internal sealed class TracingBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IOutcome
{
    private static readonly string SpanName = typeof(TRequest).Name;
    private static readonly string Kind = typeof(ICommand).IsAssignableFrom(typeof(TRequest)) ? "command" : "query";

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        using var activity = Tracing.Source.StartActivity(SpanName);
        activity?.SetTag("platform.request.kind", Kind);
        try
        {
            var response = await next();
            if (activity is not null)
            {
                activity.SetTag(Tracing.OutcomeTag, response.IsSuccess ? "success" : response.IsRecordedRefusal ? "recorded_refusal" : "failure");
                if (response.Error is { } error)
                {
                    activity.SetTag(Tracing.ErrorCodeTag, error.Code);
                    activity.SetStatus(ActivityStatusCode.Error, error.Code);
                }
            }

            return response;
        }
        catch (Exception exception) when (activity is not null)
        {
            activity.SetTag(Tracing.OutcomeTag, "exception");
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            activity.AddException(exception);
            throw;
        }
    }
}

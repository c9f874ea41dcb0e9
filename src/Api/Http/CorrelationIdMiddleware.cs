using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Platform.Api.Http;

/// <summary>
/// Gives every request a correlation id: the caller's <c>X-Request-ID</c> when it is well-formed, otherwise
/// the W3C trace id (which continues an incoming <c>traceparent</c>). It is echoed in the response header,
/// put on every log line of the request, and added to problem details.
/// </summary>
internal sealed partial class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Request-ID";

    private static readonly Func<ILogger, string, IDisposable?> CorrelationScope =
        LoggerMessage.DefineScope<string>("CorrelationId:{CorrelationId}");

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = Of(context);
        context.Response.Headers[HeaderName] = correlationId;
        Application.Common.Correlation.Id = correlationId;
        using (CorrelationScope(logger, correlationId))
        {
            await next(context);
        }
    }

    /// <summary>
    /// The request's correlation id. It is derived from the request alone, so it is the same wherever it is asked
    /// for (the exception handler clears the response headers, so it cannot be read back from there).
    /// </summary>
    public static string Of(HttpContext context) =>
        context.Request.Headers[HeaderName] is [{ } incoming] && SafeId().IsMatch(incoming)
            ? incoming
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex SafeId();
}

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

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = context.Request.Headers[HeaderName] is [{ } incoming] && SafeId().IsMatch(incoming)
            ? incoming
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

        context.Items[HeaderName] = correlationId;
        context.Response.Headers[HeaderName] = correlationId;
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }

    public static string? Of(HttpContext context) => context.Items[HeaderName] as string;

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex SafeId();
}

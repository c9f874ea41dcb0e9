using System.Diagnostics;

namespace Platform.Application.Common;

/// <summary>
/// The platform's own spans (OpenTelemetry through <see cref="ActivitySource"/>): a span per MediatR request with its
/// outcome, error code and cache hit, child spans for validation and the commit, and the outbox relay's deliveries.
/// The Api exports them with the framework's, Npgsql's and HttpClient's when <c>OTEL_*</c> names an exporter.
/// </summary>
public static class Tracing
{
    public const string SourceName = "Platform";

    public static readonly ActivitySource Source = new(SourceName);

    public const string OutcomeTag = "platform.outcome";
    public const string ErrorCodeTag = "platform.error.code";
    public const string CacheHitTag = "platform.cache.hit";
}

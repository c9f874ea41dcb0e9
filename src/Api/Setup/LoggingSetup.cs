using Microsoft.Extensions.Compliance.Redaction;
using Platform.Application.Common.Logging;

namespace Platform.Api.Setup;

internal static class LoggingSetup
{
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// One JSON object per log line, with scopes (trace id, span id, correlation id, request path) and UTC
    /// timestamps, from the framework's own console formatter. The redaction policy is set here and only here (ADR 41):
    /// <see cref="DataTaxonomy.PersonalData"/> is redacted to an HMAC of the value under the <c>Redaction</c> key; any
    /// other classified value is erased.
    /// </summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // The hosting layer logs each request's URL with its query string, and query strings carry tokens: the hubs'
        // access_token (browsers cannot send headers on a WebSocket) and the one-click unsubscribe token. Added after
        // the configuration's rules, this one wins over any configured level for the category.
        builder.Logging.AddFilter(HostingDiagnostics, LogLevel.Warning);
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.AddRedaction(redaction =>
        {
            redaction.SetHmacRedactor(builder.Configuration.GetSection("Redaction"), DataTaxonomy.PersonalData);
            redaction.SetFallbackRedactor<ErasingRedactor>();
        });
        builder.Services.AddOptions<HmacRedactorOptions>().ValidateOnStart();
        return builder;
    }
}

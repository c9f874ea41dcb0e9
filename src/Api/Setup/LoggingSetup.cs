namespace Platform.Api.Setup;

internal static class LoggingSetup
{
    /// <summary>
    /// One JSON object per log line, with scopes (trace id, span id, correlation id, request path) and UTC
    /// timestamps, from the framework's own console formatter.
    /// </summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return builder;
    }
}

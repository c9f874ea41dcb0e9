namespace Platform.Api.Setup;

internal static class RequestLimitsSetup
{
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimitsOptions>()
            .BindConfiguration(RequestLimitsOptions.SectionName)
            .Validate(options => options.MaxBodyBytes > 0, "RequestLimits:MaxBodyBytes must be positive.")
            .ValidateOnStart();

        var maxBodyBytes = builder.Configuration.GetValue($"{RequestLimitsOptions.SectionName}:MaxBodyBytes", RequestLimitsOptions.DefaultMaxBodyBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBodyBytes);

        // Bad JSON, a wrong media type or an oversized body throw BadHttpRequestException, which
        // BadRequestExceptionHandler turns into a problem details response with a precise code.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }
}

using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Platform.Api.Http;

/// <summary>The limit on every /api route (configuration <c>RateLimits:Api</c>): requests per caller per fixed window.</summary>
internal sealed class ApiRateLimitOptions
{
    public const string SectionName = "RateLimits:Api";

    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// ASP.NET Core's global rate limiter for every /api route (ADR 35): per caller, the signed-in user or else the client
/// address, in fixed windows without queueing. Its state is what the <c>RateLimit</c> headers report, so the limiter is
/// this singleton's, not one the middleware builds and hides. Stricter per-route limits (sign-in, sign-up, password
/// recovery) apply on top of it.
/// </summary>
internal sealed class ApiRateLimiter : IAsyncDisposable
{
    public const string PolicyName = "api";

    public ApiRateLimiter(IOptions<ApiRateLimitOptions> options)
    {
        Options = options.Value;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(http => PartitionOf(http) is { } caller
            ? RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Options.PermitLimit,
                Window = Options.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty));
    }

    public ApiRateLimitOptions Options { get; }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>The caller a request counts against: its user, or its address; null off /api (health, metrics, docs).</summary>
    public static string? PartitionOf(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api") ? null
        : http.User.FindFirstValue("sub") is { } user ? $"user:{user}"
        : $"ip:{http.Connection.RemoteIpAddress}";

    public ValueTask DisposeAsync() => Limiter.DisposeAsync();
}

/// <summary>
/// Writes the IETF draft's <c>RateLimit-Policy</c> and <c>RateLimit</c> fields on every /api response: the quota and
/// window, and what is left of it for this caller. <c>t</c> is the seconds until the quota is whole again: the
/// <c>Retry-After</c> of a refusal, otherwise at most one window.
/// </summary>
internal sealed class RateLimitHeadersMiddleware(RequestDelegate next, ApiRateLimiter limiter)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (ApiRateLimiter.PartitionOf(http) is not null)
        {
            http.Response.OnStarting(() =>
            {
                var window = (int)Math.Ceiling(limiter.Options.Window.TotalSeconds);
                var remaining = http.Response.StatusCode == StatusCodes.Status429TooManyRequests
                    ? 0
                    : limiter.Limiter.GetStatistics(http)?.CurrentAvailablePermits ?? limiter.Options.PermitLimit;
                var reset = http.Response.Headers.RetryAfter is [{ } retryAfter] && int.TryParse(retryAfter, out var seconds) ? seconds : window;
                http.Response.Headers["RateLimit-Policy"] = string.Create(
                    CultureInfo.InvariantCulture, $"\"{ApiRateLimiter.PolicyName}\";q={limiter.Options.PermitLimit};w={window}");
                http.Response.Headers["RateLimit"] = string.Create(
                    CultureInfo.InvariantCulture, $"\"{ApiRateLimiter.PolicyName}\";r={remaining};t={reset}");
                return Task.CompletedTask;
            });
        }

        return next(http);
    }
}

internal static class ApiRateLimitSetup
{
    public static IServiceCollection AddApiRateLimit(this IServiceCollection services)
    {
        services.AddOptions<ApiRateLimitOptions>().BindConfiguration(ApiRateLimitOptions.SectionName)
            .Validate(options => options.PermitLimit > 0 && options.Window > TimeSpan.Zero, "RateLimits:Api: the permit limit and the window must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ApiRateLimiter>();
        services.AddOptions<RateLimiterOptions>().Configure<ApiRateLimiter>((options, limiter) => options.GlobalLimiter = limiter.Limiter);
        return services;
    }
}

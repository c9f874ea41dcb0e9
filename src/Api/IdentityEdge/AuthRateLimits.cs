using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Platform.Api.IdentityEdge;

/// <summary>
/// ASP.NET Core's rate limiter on sign-in, sign-up and password recovery: per client IP (a policy checked before the body is read) and per
/// e-mail address (a filter checked once the body is bound), both sliding windows without queueing. A refused request
/// is a 429 problem with <c>Retry-After</c>.
/// </summary>
internal static class AuthRateLimits
{
    public const string LoginPolicy = "login";
    public const string RegisterPolicy = "register";
    public const string PasswordForgotPolicy = "password-forgot";
    public const string PasswordResetPolicy = "password-reset";
    public static readonly IReadOnlyList<string> Policies = [LoginPolicy, RegisterPolicy, PasswordForgotPolicy, PasswordResetPolicy];
    public const string RateLimitedCode = "rate_limited";

    public static IServiceCollection AddAuthRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName)
            .Validate(options => options.IsValid, "RateLimits:*: permit limits and windows must be positive.")
            .ValidateOnStart();
        services.AddSingleton<AccountRateLimiters>();
        services.AddRateLimiter(limiter =>
        {
            foreach (var policy in Policies)
            {
                limiter.AddPolicy(policy, http => PerIp(http, policy));
            }

            limiter.OnRejected = (context, _) =>
            {
                var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                return new ValueTask(Rejection(context.HttpContext, context.Lease, policy).ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }

    /// <summary>
    /// The 429 <c>rate_limited</c> problem with <c>Retry-After</c>: the lease's retry time (the /api limit's fixed window
    /// gives it), or else the route policy's window, by which every permit taken now is back (a sliding window does not
    /// say when its next permit frees up).
    /// </summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Rejection(HttpContext http, RateLimitLease lease, string? policy)
    {
        if (!lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            retryAfter = policy is null
                ? http.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value.Window
                : RuleOf(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value, policy).Window;
        }

        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TooManyRequests();
    }

    public static RateLimitRule RuleOf(RateLimitOptions options, string policy) => policy switch
    {
        LoginPolicy => options.Login,
        RegisterPolicy => options.Register,
        PasswordForgotPolicy => options.PasswordForgot,
        PasswordResetPolicy => options.PasswordReset,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "No such rate-limit policy."),
    };

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooManyRequests() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many attempts.",
            detail: "Wait for the time given in Retry-After, then try again.",
            extensions: new Dictionary<string, object?> { ["code"] = RateLimitedCode });

    private static RateLimitPartition<string> PerIp(HttpContext http, string policy)
    {
        var settings = RuleOf(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value, policy);
        return RateLimitPartition.GetSlidingWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => Window(settings.PerIpPermitLimit, settings.Window));
    }

    public static SlidingWindowRateLimiterOptions Window(int permitLimit, TimeSpan window) => new()
    {
        PermitLimit = permitLimit,
        Window = window,
        SegmentsPerWindow = 6,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

namespace Platform.Api.IdentityEdge;

internal static class RateLimitEndpoints
{
    /// <summary>Applies a policy of <see cref="AuthRateLimits"/> per client IP and per the e-mail address the body names; documents the 429.</summary>
    public static RouteHandlerBuilder RequireAuthRateLimits<TRequest>(this RouteHandlerBuilder endpoint, string policy, Func<TRequest, string?> accountOf) =>
        endpoint.RequireRateLimiting(policy)
            .AddEndpointFilter(new AccountRateLimitFilter<TRequest>(policy, accountOf))
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}

namespace Platform.Api.IdentityEdge;

internal static class RateLimitEndpoints
{
    /// <summary>
    /// Applies a policy of <see cref="AuthRateLimits"/> per client IP and per the e-mail address the body names; documents
    /// the 429. An endpoint that binds no <typeparamref name="TRequest"/> fails when it is built: its per-account limit
    /// would silently never apply.
    /// </summary>
    public static RouteHandlerBuilder RequireAuthRateLimits<TRequest>(this RouteHandlerBuilder endpoint, string policy, Func<TRequest, string?> accountOf) =>
        endpoint.RequireRateLimiting(policy)
            .AddEndpointFilterFactory((factory, next) =>
            {
                if (!factory.MethodInfo.GetParameters().Any(parameter => parameter.ParameterType == typeof(TRequest)))
                {
                    throw new InvalidOperationException(
                        $"An endpoint limited per account by '{policy}' binds no {typeof(TRequest).Name}, so the limit could never apply.");
                }

                var filter = new AccountRateLimitFilter<TRequest>(policy, accountOf);
                return invocation => filter.InvokeAsync(invocation, next);
            })
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}

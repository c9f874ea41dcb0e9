namespace Platform.Api.IdentityEdge;

/// <summary>Refuses a request beyond its policy's per-account limit, the account being the e-mail address in the bound body.</summary>
internal sealed class AccountRateLimitFilter<TRequest>(string policy, Func<TRequest, string?> accountOf) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var account = context.Arguments.OfType<TRequest>().Select(accountOf).FirstOrDefault()?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(account))
        {
            return await next(context);
        }

        var limiters = context.HttpContext.RequestServices.GetRequiredService<AccountRateLimiters>();
        using var lease = await limiters.For(policy).AcquireAsync(account, cancellationToken: context.HttpContext.RequestAborted);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        return AuthRateLimits.Rejection(context.HttpContext, lease, policy);
    }
}

using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Platform.Api.Http;

/// <summary>One partitioned limiter per policy, keyed by the normalised e-mail address a request names.</summary>
internal sealed class AccountRateLimiters(IOptions<RateLimitOptions> options) : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string> _login = Create(options.Value.Login);
    private readonly PartitionedRateLimiter<string> _register = Create(options.Value.Register);

    public PartitionedRateLimiter<string> For(string policy) => policy switch
    {
        AuthRateLimits.LoginPolicy => _login,
        AuthRateLimits.RegisterPolicy => _register,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "No such rate-limit policy."),
    };

    public async ValueTask DisposeAsync()
    {
        await _login.DisposeAsync();
        await _register.DisposeAsync();
    }

    private static PartitionedRateLimiter<string> Create(RateLimitRule rule) =>
        PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetSlidingWindowLimiter(account, _ => AuthRateLimits.Window(rule.PerAccountPermitLimit, rule.Window)));
}

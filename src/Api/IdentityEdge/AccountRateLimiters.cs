using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Platform.Api.IdentityEdge;

/// <summary>One partitioned limiter per policy, keyed by the account a request names (a normalised e-mail address or a token).</summary>
internal sealed class AccountRateLimiters(IOptions<RateLimitOptions> options) : IAsyncDisposable
{
    private readonly Dictionary<string, PartitionedRateLimiter<string>> _limiters = AuthRateLimits.Policies.ToDictionary(
        policy => policy, policy => Create(AuthRateLimits.RuleOf(options.Value, policy)));

    public PartitionedRateLimiter<string> For(string policy) =>
        _limiters.TryGetValue(policy, out var limiter)
            ? limiter
            : throw new ArgumentOutOfRangeException(nameof(policy), policy, "No such rate-limit policy.");

    public async ValueTask DisposeAsync()
    {
        foreach (var limiter in _limiters.Values)
        {
            await limiter.DisposeAsync();
        }
    }

    private static PartitionedRateLimiter<string> Create(RateLimitRule rule) =>
        PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetSlidingWindowLimiter(account, _ => AuthRateLimits.Window(rule.PerAccountPermitLimit, rule.Window)));
}

namespace Platform.Api.IdentityEdge;

/// <summary>At most <see cref="PerIpPermitLimit"/> requests per client IP and <see cref="PerAccountPermitLimit"/> per e-mail address in a sliding <see cref="Window"/>.</summary>
internal sealed class RateLimitRule
{
    public int PerIpPermitLimit { get; set; } = 20;

    public int PerAccountPermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsValid => PerIpPermitLimit > 0 && PerAccountPermitLimit > 0 && Window > TimeSpan.Zero;
}

namespace Platform.Api.Http;

/// <summary>Limits on the endpoints that guess or create accounts (configuration section <c>RateLimits</c>).</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public RateLimitRule Login { get; set; } = new();

    public RateLimitRule Register { get; set; } = new();
}

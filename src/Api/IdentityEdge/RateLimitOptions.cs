namespace Platform.Api.IdentityEdge;

/// <summary>Limits on the endpoints that guess, create or recover accounts (configuration section <c>RateLimits</c>).</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public RateLimitRule Login { get; set; } = new();

    public RateLimitRule Register { get; set; } = new();

    public RateLimitRule PasswordForgot { get; set; } = new();

    public RateLimitRule PasswordReset { get; set; } = new();

    public bool IsValid => Login.IsValid && Register.IsValid && PasswordForgot.IsValid && PasswordReset.IsValid;
}

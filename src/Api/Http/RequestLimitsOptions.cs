namespace Platform.Api.Http;

/// <summary>Limits on what a client may send (configuration section <c>RequestLimits</c>).</summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;
}

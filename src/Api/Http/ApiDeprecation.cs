namespace Platform.Api.Http;

/// <summary>
/// One entry of <c>ApiDeprecations</c>: a module's API at a version is deprecated from a date, optionally sunset at a
/// later one, with a link to read about it. Responses of that API and version carry <c>Deprecation</c>, <c>Sunset</c>
/// and <c>Link</c> headers (RFC 9745, RFC 8594).
/// </summary>
internal sealed class ApiDeprecation
{
    public const string SectionName = "ApiDeprecations";

    /// <summary>The module's API name, its OpenAPI tag, e.g. <c>Projects</c>.</summary>
    public string Api { get; set; } = string.Empty;

    public int Version { get; set; }

    public DateTimeOffset DeprecatedAt { get; set; }

    public DateTimeOffset? SunsetAt { get; set; }

    /// <summary>An absolute URL where clients read what replaces it (e.g. the successor version's docs); no Link header when empty.</summary>
    public string Link { get; set; } = string.Empty;

    public bool IsValid =>
        !string.IsNullOrWhiteSpace(Api) && Version > 0 && (SunsetAt is null || SunsetAt > DeprecatedAt)
        && (Link.Length == 0 || Uri.TryCreate(Link, UriKind.Absolute, out _));
}

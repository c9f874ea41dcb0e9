namespace Platform.Api.Http;

/// <summary>
/// Reads the API version from the URL prefix <c>/api/v{version}/</c> of routes mapped with literal versions.
/// Asp.Versioning's own URL-segment reader needs a <c>{version:apiVersion}</c> route parameter and then builds
/// a template matcher on every request to find it (about 10% of a cached read's throughput, docs/adr/0005).
/// </summary>
internal sealed class UrlPrefixApiVersionReader : IApiVersionReader
{
    private const string Prefix = "/api/v";

    public IReadOnlyList<string> Read(HttpRequest request)
    {
        var path = request.Path.Value.AsSpan();
        if (!path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var rest = path[Prefix.Length..];
        var end = rest.IndexOf('/');
        var version = end < 0 ? rest : rest[..end];
        return version.IsEmpty ? [] : [version.ToString()];
    }

    public void AddParameters(IApiVersionParameterDescriptionContext context)
    {
        // The version is part of the literal path of each route, so it is not a separate parameter.
    }
}

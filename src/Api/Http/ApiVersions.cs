namespace Platform.Api.Http;

/// <summary>The versions of the public API. A module maps each route group to one of these.</summary>
internal static class ApiVersions
{
    public static readonly ApiVersion V1 = new(1);
    public static readonly ApiVersion V2 = new(2);

    public static readonly IReadOnlyList<ApiVersion> All = [V1, V2];
}

using Asp.Versioning.Builder;

namespace Platform.Api.Http;

internal static class VersionedRouteGroups
{
    /// <summary>
    /// The route group of one module at one API version: <c>/api/v1/{prefix}</c>, <c>/api/v2/{prefix}</c>…, secure by default
    /// (authenticated callers only; an endpoint opts out with <c>AllowAnonymous</c>, which a test allow-lists).
    /// </summary>
    public static RouteGroupBuilder MapVersionGroup(this IVersionedEndpointRouteBuilder api, string prefix, ApiVersion version) =>
        api.MapGroup($"/api/v{version.MajorVersion}/{prefix}").HasApiVersion(version).RequireAuthorization();
}

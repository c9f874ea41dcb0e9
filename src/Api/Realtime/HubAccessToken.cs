using Microsoft.Net.Http.Headers;

namespace Platform.Api.Realtime;

internal static class HubAccessToken
{
    /// <summary>
    /// The access token a real-time connection carries as <c>access_token</c> in its query (browsers cannot set headers
    /// on WebSockets): only on the hub's path and only without an Authorization header; null everywhere else.
    /// </summary>
    public static string? From(HttpRequest request) =>
        request.Path.StartsWithSegments(NotificationsHub.Path)
        && !request.Headers.ContainsKey(HeaderNames.Authorization)
        && request.Query["access_token"] is [{ Length: > 0 } token]
            ? token
            : null;
}

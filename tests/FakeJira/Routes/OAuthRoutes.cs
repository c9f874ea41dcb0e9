using System.Text.Json.Nodes;

namespace Platform.FakeJira.Routes;

/// <summary>auth.atlassian.com and api.atlassian.com's OAuth routes, on the fake's own address.</summary>
internal static class OAuthRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/authorize", (OAuthServer oauth, string? client_id, string? redirect_uri, string? state, string? response_type) =>
        {
            if (client_id != oauth.ClientId || response_type != "code" || !Uri.TryCreate(redirect_uri, UriKind.Absolute, out var back))
            {
                return Results.BadRequest(new { error = "invalid_request" });
            }

            var code = oauth.Consent();
            var query = code is null ? "error=access_denied" : $"code={code}";
            return Results.Redirect($"{back}{(back.Query.Length > 0 ? "&" : "?")}{query}&state={Uri.EscapeDataString(state ?? string.Empty)}");
        });
        app.MapPost("/oauth/token", async (HttpRequest request, OAuthServer oauth) =>
        {
            var grant = request.HasFormContentType ? (await request.ReadFormAsync()).ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString())
                : (await request.ReadFromJsonAsync<Dictionary<string, string?>>()) ?? [];
            if (grant.GetValueOrDefault("client_id") != oauth.ClientId || grant.GetValueOrDefault("client_secret") != oauth.ClientSecret)
            {
                return Results.Json(new { error = "access_denied", error_description = "Unauthorized" }, statusCode: StatusCodes.Status401Unauthorized);
            }

            var user = grant.GetValueOrDefault("grant_type") switch
            {
                "authorization_code" => oauth.TakeCode(grant.GetValueOrDefault("code") ?? string.Empty),
                "refresh_token" => oauth.TakeRefreshToken(grant.GetValueOrDefault("refresh_token") ?? string.Empty),
                _ => null,
            };
            if (user is null)
            {
                return Results.Json(new { error = "invalid_grant", error_description = "Unknown or invalid refresh token." }, statusCode: StatusCodes.Status403Forbidden);
            }

            var (access, refresh) = oauth.Issue(user);
            return Results.Json(new JsonObject
            {
                ["access_token"] = access, ["refresh_token"] = refresh, ["token_type"] = "Bearer",
                ["expires_in"] = (int)oauth.AccessTokenLifetime.TotalSeconds, ["scope"] = "read:jira-work read:jira-user offline_access",
            });
        });
        app.MapGet("/oauth/token/accessible-resources", (HttpContext http) => Results.Json(new JsonArray(new JsonObject
        {
            ["id"] = OAuthServer.CloudId, ["name"] = "fake-jira", ["url"] = JiraHttp.SiteOf(http.Request).ToString().TrimEnd('/'),
            ["scopes"] = new JsonArray("read:jira-work", "read:jira-user"), ["avatarUrl"] = "https://example.com/avatar.png",
        })));
    }
}

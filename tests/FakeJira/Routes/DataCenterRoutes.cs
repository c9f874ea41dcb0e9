using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.FakeJira.Routes;

/// <summary>Jira Data Center's REST API v2: <c>startAt</c> paging with a total, wiki markup, <c>renderedFields</c>, personal access tokens.</summary>
internal static class DataCenterRoutes
{
    public static void Map(WebApplication app)
    {
        var v2 = app.MapGroup("/rest/api/2");
        v2.MapGet("/myself", (HttpContext http) => Results.Json(new JsonObject
        {
            ["key"] = http.User().AccountId, ["name"] = http.User().AccountId, ["emailAddress"] = http.User().Email,
            ["displayName"] = http.User().DisplayName, ["timeZone"] = http.User().TimeZone, ["active"] = true,
        }));
        v2.MapGet("/serverInfo", (HttpContext http, JiraStore store) => Results.Json(new JsonObject
        {
            ["baseUrl"] = JiraHttp.SiteOf(http.Request).ToString().TrimEnd('/'), ["version"] = "9.12.15", ["deploymentType"] = "Server",
            ["buildNumber"] = 9_120_015, ["serverTime"] = IssueJson.Time(store.Clock.GetUtcNow()), ["serverTitle"] = "Fake Jira Data Center",
        }));
        v2.MapGet("/search", (HttpContext http, JiraStore store, FaultSwitch faults, string? jql, int? startAt, int? maxResults, string? fields, string? expand) =>
            SearchPages.DataCenter(http, store, faults, jql, startAt, maxResults, CloudRoutes.FieldList(fields), Rendered(expand)));
        v2.MapPost("/search", (HttpContext http, JiraStore store, FaultSwitch faults, JsonElement body) =>
            SearchPages.DataCenter(http, store, faults, CloudRoutes.Text(body, "jql"), CloudRoutes.Number(body, "startAt"), CloudRoutes.Number(body, "maxResults"),
                CloudRoutes.Strings(body, "fields"), CloudRoutes.Strings(body, "expand")?.Contains("renderedFields") == true));
        v2.MapGet("/issue/{idOrKey}", (HttpContext http, JiraStore store, string idOrKey, string? fields, string? expand) =>
            store.Find(idOrKey) is { } issue
                ? Results.Json(IssueJson.Render(issue, CloudRoutes.FieldList(fields) ?? ["*all"], JiraHttp.SiteOf(http.Request), dataCenter: true, Rendered(expand)))
                : CloudRoutes.IssueMissing());
        v2.MapGet("/issue/{idOrKey}/comment", (JiraStore store, string idOrKey, int? startAt, int? maxResults, string? expand) =>
            store.Find(idOrKey) is { } issue
                ? CloudRoutes.Page(issue.Comments, startAt, maxResults, "comments", comment => Comment(comment, Rendered(expand)))
                : CloudRoutes.IssueMissing());
        v2.MapGet("/attachment/content/{id}", (JiraStore store, string id) => CloudRoutes.Redirect(store, id, thumbnail: false));
        v2.MapGet("/attachment/thumbnail/{id}", (JiraStore store, string id) => CloudRoutes.Redirect(store, id, thumbnail: true));
    }

    private static bool Rendered(string? expand) => expand?.Split(',').Contains("renderedFields") == true;

    private static JsonObject Comment(JiraComment comment, bool rendered)
    {
        var json = IssueJson.Comment(comment, dataCenter: true);
        if (rendered)
        {
            json["renderedBody"] = WikiRenderer.ToHtml(comment.Wiki);
        }

        return json;
    }
}

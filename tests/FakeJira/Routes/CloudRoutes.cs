using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.FakeJira.Jql;

namespace Platform.FakeJira.Routes;

/// <summary>Jira Cloud's REST API v3, the routes the tracker reads.</summary>
internal static class CloudRoutes
{
    public static void Map(WebApplication app)
    {
        var v3 = app.MapGroup("/rest/api/3");
        v3.MapGet("/myself", (HttpContext http) => Results.Json(new JsonObject
        {
            ["accountId"] = http.User().AccountId, ["emailAddress"] = http.User().Email, ["displayName"] = http.User().DisplayName,
            ["timeZone"] = http.User().TimeZone, ["active"] = true, ["locale"] = "en_US",
        }));
        v3.MapGet("/serverInfo", (HttpContext http, JiraStore store) => Results.Json(new JsonObject
        {
            ["baseUrl"] = JiraHttp.SiteOf(http.Request).ToString().TrimEnd('/'), ["version"] = "1001.0.0-SNAPSHOT", ["deploymentType"] = "Cloud",
            ["buildNumber"] = 100_283, ["serverTime"] = IssueJson.Time(store.Clock.GetUtcNow()), ["serverTitle"] = "Fake Jira",
        }));
        v3.MapGet("/field", (JiraStore store) => Results.Json(new JsonArray([.. store.Fields().Select(field => (JsonNode)FieldJson(field))])));

        // The search Atlassian removed answers 410 Gone, as on Cloud since 2025.
        v3.MapMethods("/search", ["GET", "POST"], () => JiraHttp.Errors(410, "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046"));
        v3.MapGet("/search/jql", (HttpContext http, JiraStore store, FaultSwitch faults, string? jql, string? nextPageToken, int? maxResults, string? fields) =>
            SearchPages.Cloud(http, store, faults, jql, nextPageToken, maxResults, FieldList(fields)));
        v3.MapPost("/search/jql", (HttpContext http, JiraStore store, FaultSwitch faults, JsonElement body) =>
            SearchPages.Cloud(http, store, faults, Text(body, "jql"), Text(body, "nextPageToken"), Number(body, "maxResults"), Strings(body, "fields")));
        v3.MapPost("/search/approximate-count", (HttpContext http, JiraStore store, JsonElement body) => SearchPages.Count(http, store, Text(body, "jql")));
        v3.MapPost("/issue/bulkfetch", (HttpContext http, JiraStore store, JsonElement body) =>
        {
            var wanted = Strings(body, "issueIdsOrKeys") ?? [];
            var fields = Strings(body, "fields") ?? ["*navigable"];
            var found = wanted.Select(store.Find).OfType<JiraIssue>().ToList();
            return Results.Json(new JsonObject
            {
                ["issues"] = new JsonArray([.. found.Select(issue => (JsonNode)IssueJson.Render(issue, fields, JiraHttp.SiteOf(http.Request), dataCenter: false))]),
                ["issueErrors"] = new JsonArray([.. wanted.Where(key => store.Find(key) is null).Select(key => (JsonNode)new JsonObject
                {
                    ["issueIdsOrKeys"] = new JsonArray(key), ["status"] = 404, ["elementErrors"] = new JsonObject { ["errorMessages"] = new JsonArray("Issue does not exist or you do not have permission to see it.") },
                })]),
            });
        });
        v3.MapGet("/issue/{idOrKey}", (HttpContext http, JiraStore store, string idOrKey, string? fields, string? expand) =>
        {
            if (store.Find(idOrKey) is not { } issue)
            {
                return IssueMissing();
            }

            var json = IssueJson.Render(issue, FieldList(fields) ?? ["*all"], JiraHttp.SiteOf(http.Request), dataCenter: false);
            if (expand?.Split(',').Contains("names") == true)
            {
                json["names"] = new JsonObject([.. store.Fields().Select(field => KeyValuePair.Create(field.Id, (JsonNode?)field.Name))]);
            }

            return Results.Json(json);
        });
        v3.MapGet("/issue/{idOrKey}/comment", (JiraStore store, string idOrKey, int? startAt, int? maxResults) =>
            store.Find(idOrKey) is { } issue ? Page(issue.Comments, startAt, maxResults, "comments", comment => IssueJson.Comment(comment, dataCenter: false)) : IssueMissing());
        v3.MapGet("/issue/{idOrKey}/changelog", (JiraStore store, string idOrKey, int? startAt, int? maxResults) =>
            store.Find(idOrKey) is { } issue ? Page(issue.Changelog, startAt, maxResults, "values", Change) : IssueMissing());
        v3.MapGet("/attachment/content/{id}", (JiraStore store, string id) => Redirect(store, id, thumbnail: false));
        v3.MapGet("/attachment/thumbnail/{id}", (JiraStore store, string id) => Redirect(store, id, thumbnail: true));
        v3.MapPost("/jql/parse", (HttpContext http, JiraStore store, JsonElement body, string? validation) => Results.Json(new JsonObject
        {
            ["queries"] = new JsonArray([.. (Strings(body, "queries") ?? []).Select(query => (JsonNode)JqlCheck.Parse(query, validation ?? "strict", new JqlContext(http.User(), store.Clock.GetUtcNow()), store))]),
        }));
        v3.MapGet("/jql/autocompletedata", (JiraStore store) => Results.Json(new JsonObject
        {
            ["visibleFieldNames"] = new JsonArray([.. store.Fields().Select(field => (JsonNode)new JsonObject
            {
                ["value"] = field.Custom ? $"cf[{field.Id["customfield_".Length..]}]" : field.Id,
                ["displayName"] = field.Custom ? $"{WebUtility.HtmlEncode(field.Name)} - cf[{field.Id["customfield_".Length..]}]" : WebUtility.HtmlEncode(field.Name),
                ["orderable"] = "true", ["searchable"] = "true",
                ["operators"] = new JsonArray("=", "!=", "in", "not in", "is", "is not"),
            })]),
            ["visibleFunctionNames"] = new JsonArray(new JsonObject { ["value"] = "currentUser()", ["displayName"] = "currentUser()", ["types"] = new JsonArray("com.atlassian.jira.user.ApplicationUser") }),
            ["jqlReservedWords"] = new JsonArray([.. JqlParser.ReservedWords.Order(StringComparer.Ordinal).Select(word => (JsonNode)word)]),
        }));
        v3.MapGet("/jql/autocompletedata/suggestions", (JiraStore store, string? fieldName, string? fieldValue) => Results.Json(new JsonObject
        {
            ["results"] = new JsonArray([.. JqlCheck.Suggestions(store, fieldName ?? string.Empty, fieldValue ?? string.Empty).Select(value => (JsonNode)new JsonObject
            {
                ["value"] = value,
                ["displayName"] = Highlight(value, fieldValue ?? string.Empty),
            })]),
        }));
    }

    public static IResult IssueMissing() => JiraHttp.Errors(404, "Issue does not exist or you do not have permission to see it.");

    /// <summary>Jira's suggestion label: the typed prefix in &lt;b&gt;, the rest HTML-encoded.</summary>
    private static string Highlight(string value, string prefix) =>
        prefix.Length > 0 && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? $"<b>{WebUtility.HtmlEncode(value[..prefix.Length])}</b>{WebUtility.HtmlEncode(value[prefix.Length..])}"
            : WebUtility.HtmlEncode(value);

    internal static IResult Redirect(JiraStore store, string id, bool thumbnail) =>
        store.FindAttachment(id) is not null
            ? new SeeOther($"/media/{id}{(thumbnail ? "/thumbnail" : string.Empty)}")
            : JiraHttp.Errors(404, "The attachment does not exist.");

    internal static IResult Page<T>(IReadOnlyList<T> items, int? startAt, int? maxResults, string name, Func<T, JsonObject> render)
    {
        var offset = Math.Max(startAt ?? 0, 0);
        var size = Math.Clamp(maxResults ?? 50, 1, 100);
        var page = items.Skip(offset).Take(size).ToList();
        return Results.Json(new JsonObject
        {
            ["startAt"] = offset, ["maxResults"] = size, ["total"] = items.Count, ["isLast"] = offset + page.Count >= items.Count,
            [name] = new JsonArray([.. page.Select(item => (JsonNode)render(item))]),
        });
    }

    internal static JsonObject Change(JiraChange change) => new()
    {
        ["id"] = change.Id,
        ["author"] = IssueJson.User(change.Author, dataCenter: false),
        ["created"] = IssueJson.Time(change.Created),
        ["items"] = new JsonArray([.. change.Items.Select(item => (JsonNode)new JsonObject { ["field"] = item.Field, ["fromString"] = item.From, ["toString"] = item.To })]),
    };

    private static JsonObject FieldJson(JiraField field) => new()
    {
        ["id"] = field.Id, ["key"] = field.Id, ["name"] = field.Name, ["custom"] = field.Custom, ["orderable"] = true, ["navigable"] = true, ["searchable"] = true,
        ["clauseNames"] = new JsonArray(field.Custom ? $"cf[{field.Id["customfield_".Length..]}]" : field.Id),
        ["schema"] = new JsonObject { ["type"] = field.SchemaType },
    };

    internal static IReadOnlyCollection<string>? FieldList(string? fields) =>
        string.IsNullOrWhiteSpace(fields) ? null : [.. fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    internal static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static int? Number(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;

    internal static IReadOnlyCollection<string>? Strings(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)]
            : null;

    /// <summary>303 See Other, as Jira answers an attachment's content URL (to its media store).</summary>
    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}

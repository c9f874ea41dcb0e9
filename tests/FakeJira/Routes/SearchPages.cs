using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Platform.FakeJira.Jql;

namespace Platform.FakeJira.Routes;

/// <summary>
/// Search as both deployments page it: Cloud by <c>nextPageToken</c> only (bound to its JQL, pages no bigger than
/// <see cref="FaultSwitch.MaxPageSize"/>, the broken-paging faults applied), Data Center by <c>startAt</c> with a total.
/// </summary>
internal static class SearchPages
{
    public static IResult Cloud(HttpContext http, JiraStore store, FaultSwitch faults, string? jql, string? pageToken, int? maxResults, IReadOnlyCollection<string>? fields)
    {
        var text = jql ?? string.Empty;
        if (!TryRun(http, store, text, out var query, out var found, out var refusal))
        {
            return refusal;
        }

        if (query.Where is null)
        {
            return JiraHttp.Errors(400, "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.");
        }

        var offset = 0;
        if (!string.IsNullOrEmpty(pageToken) && !TryReadToken(pageToken, text, out offset))
        {
            return JiraHttp.Errors(400, "The provided next page token is invalid or expired.");
        }

        if (faults.TakeEmptyPage())
        {
            return Results.Json(new JsonObject { ["issues"] = new JsonArray(), ["nextPageToken"] = Token(text, offset), ["isLast"] = false });
        }

        var size = Math.Min(Math.Clamp(maxResults ?? 50, 1, 5000), faults.MaxPageSize);
        var page = found.Skip(offset).Take(size).ToList();
        var next = offset + page.Count < found.Count ? Token(text, offset + page.Count) : null;
        if (!string.IsNullOrEmpty(pageToken) && faults.TakeRepeatedToken())
        {
            next = pageToken;
        }

        var body = new JsonObject
        {
            ["issues"] = new JsonArray([.. page.Select(issue => (JsonNode)IssueJson.Render(issue, fields, JiraHttp.SiteOf(http.Request), dataCenter: false))]),
            ["isLast"] = next is null,
        };
        if (next is not null)
        {
            body["nextPageToken"] = next;
        }

        return Results.Json(body);
    }

    public static IResult DataCenter(HttpContext http, JiraStore store, FaultSwitch faults, string? jql, int? startAt, int? maxResults, IReadOnlyCollection<string>? fields, bool rendered)
    {
        if (!TryRun(http, store, jql ?? string.Empty, out _, out var found, out var refusal))
        {
            return refusal;
        }

        var offset = Math.Max(startAt ?? 0, 0);
        var size = Math.Min(Math.Clamp(maxResults ?? 50, 0, 1000), faults.MaxPageSize);
        var page = faults.TakeEmptyPage() ? [] : found.Skip(offset).Take(size).ToList();
        return Results.Json(new JsonObject
        {
            ["startAt"] = offset,
            ["maxResults"] = size,
            ["total"] = found.Count,
            ["issues"] = new JsonArray([.. page.Select(issue => (JsonNode)IssueJson.Render(issue, fields ?? ["*navigable"], JiraHttp.SiteOf(http.Request), dataCenter: true, rendered))]),
        });
    }

    /// <summary>How many issues the query matches, as search sees them now.</summary>
    public static IResult Count(HttpContext http, JiraStore store, string? jql) =>
        TryRun(http, store, jql ?? string.Empty, out _, out var found, out var refusal) ? Results.Json(new { count = found.Count }) : refusal;

    private static bool TryRun(HttpContext http, JiraStore store, string jql, out JqlQuery query, out IReadOnlyList<JiraIssue> found, out IResult refusal)
    {
        query = new JqlQuery(null, []);
        try
        {
            query = JqlParser.Parse(jql);
            found = JqlEvaluator.Run(query, store.Indexed(), new JqlContext(http.User(), store.Clock.GetUtcNow()));
            refusal = Results.Empty;
            return true;
        }
        catch (JqlException exception)
        {
            found = [];
            refusal = JiraHttp.Errors(400, exception.Message);
            return false;
        }
    }

    private static string Token(string jql, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Hash(jql)}:{offset}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryReadToken(string token, string jql, out int offset)
    {
        offset = 0;
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4)));
            var parts = text.Split(':');
            return parts.Length == 2 && parts[0] == Hash(jql) && int.TryParse(parts[1], out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Hash(string jql) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(jql)))[..16];
}

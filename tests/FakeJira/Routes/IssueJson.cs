using System.Globalization;
using System.Text.Json.Nodes;

namespace Platform.FakeJira.Routes;

/// <summary>An issue as Jira answers it: Cloud's v3 (ADF, account ids) or Data Center's v2 (wiki markup, <c>renderedFields</c> on request).</summary>
internal static class IssueJson
{
    public const int EmbeddedComments = 20;

    /// <summary>Jira's timestamp: milliseconds and an offset without a colon, "2026-12-01T10:00:00.000+0000".</summary>
    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + time.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// The requested fields (null: none, only the id, as Cloud's search answers; "*all": every field) of the issue;
    /// <paramref name="rendered"/> adds Data Center's <c>renderedFields</c>.
    /// </summary>
    public static JsonObject Render(JiraIssue issue, IReadOnlyCollection<string>? fields, Uri site, bool dataCenter, bool rendered = false)
    {
        var json = new JsonObject { ["id"] = issue.Id };
        if (fields is null)
        {
            return json;
        }

        var api = dataCenter ? "2" : "3";
        json["key"] = issue.Key;
        json["self"] = new Uri(site, $"rest/api/{api}/issue/{issue.Id}").ToString();
        var all = fields.Contains("*all") || fields.Contains("*navigable");
        bool Wants(string field) => all || fields.Contains(field);
        var values = new JsonObject();
        foreach (var (name, value) in Fields(issue, site, dataCenter))
        {
            if (Wants(name))
            {
                values[name] = value;
            }
        }

        json["fields"] = values;
        if (rendered)
        {
            json["renderedFields"] = new JsonObject
            {
                ["description"] = issue.DescriptionWiki is { } wiki ? WikiRenderer.ToHtml(wiki) : null,
                ["comment"] = new JsonObject
                {
                    ["comments"] = new JsonArray([.. issue.Comments.Take(EmbeddedComments).Select(comment => (JsonNode)new JsonObject
                    {
                        ["id"] = comment.Id, ["body"] = WikiRenderer.ToHtml(comment.Wiki),
                    })]),
                },
            };
        }

        return json;
    }

    public static JsonObject Comment(JiraComment comment, bool dataCenter) => new()
    {
        ["id"] = comment.Id,
        ["author"] = User(comment.Author, dataCenter),
        ["body"] = dataCenter ? comment.Wiki : comment.Body.DeepClone(),
        ["created"] = Time(comment.Created),
        ["updated"] = Time(comment.Created),
    };

    public static JsonObject? User(JiraUser? user, bool dataCenter) => user is null ? null : dataCenter
        ? new JsonObject { ["name"] = user.AccountId, ["key"] = user.AccountId, ["displayName"] = user.DisplayName, ["emailAddress"] = user.Email, ["active"] = true }
        : new JsonObject { ["accountId"] = user.AccountId, ["displayName"] = user.DisplayName, ["active"] = true, ["accountType"] = "atlassian" };

    private static IEnumerable<(string Name, JsonNode? Value)> Fields(JiraIssue issue, Uri site, bool dataCenter)
    {
        var api = dataCenter ? "2" : "3";
        yield return ("summary", issue.Summary);
        yield return ("project", new JsonObject { ["key"] = issue.ProjectKey, ["name"] = $"Project {issue.ProjectKey}" });
        yield return ("status", new JsonObject
        {
            ["name"] = issue.Status,
            ["statusCategory"] = new JsonObject { ["key"] = issue.StatusCategory, ["name"] = issue.StatusCategory switch { "new" => "To Do", "indeterminate" => "In Progress", _ => "Done" } },
        });
        yield return ("priority", new JsonObject { ["name"] = issue.Priority });
        yield return ("issuetype", new JsonObject { ["name"] = issue.IssueType, ["subtask"] = issue.IssueType == "Sub-task" });
        yield return ("assignee", User(issue.Assignee, dataCenter));
        yield return ("reporter", User(issue.Reporter, dataCenter));
        yield return ("labels", new JsonArray([.. issue.Labels.Select(label => (JsonNode)label)]));
        yield return ("created", Time(issue.Created));
        yield return ("updated", Time(issue.Updated));
        yield return ("duedate", issue.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return ("description", dataCenter ? issue.DescriptionWiki : issue.Description?.DeepClone());
        yield return ("comment", new JsonObject
        {
            ["comments"] = new JsonArray([.. issue.Comments.Take(EmbeddedComments).Select(comment => (JsonNode)Comment(comment, dataCenter))]),
            ["maxResults"] = EmbeddedComments,
            ["total"] = issue.Comments.Count,
            ["startAt"] = 0,
        });
        yield return ("attachment", new JsonArray([.. issue.Attachments.Select(attachment => (JsonNode)new JsonObject
        {
            ["id"] = attachment.Id,
            ["filename"] = attachment.FileName,
            ["mimeType"] = attachment.MimeType,
            ["size"] = attachment.Content.Length,
            ["created"] = Time(attachment.Created),
            ["author"] = User(attachment.Author, dataCenter),
            ["content"] = new Uri(site, $"rest/api/{api}/attachment/content/{attachment.Id}").ToString(),
            ["thumbnail"] = new Uri(site, $"rest/api/{api}/attachment/thumbnail/{attachment.Id}").ToString(),
        })]));
        yield return ("issuelinks", new JsonArray([.. issue.Links.Select(link => (JsonNode)new JsonObject
        {
            ["id"] = link.Id,
            ["type"] = new JsonObject { ["name"] = link.Type, ["inward"] = $"is {link.Type.ToLowerInvariant()} by", ["outward"] = link.Type.ToLowerInvariant() },
            [link.Direction == "inward" ? "inwardIssue" : "outwardIssue"] = new JsonObject { ["key"] = link.OtherKey },
        })]));
        yield return ("subtasks", new JsonArray([.. issue.SubtaskKeys.Select(key => (JsonNode)new JsonObject { ["key"] = key })]));
        foreach (var (id, value) in issue.CustomFields)
        {
            yield return (id, value?.DeepClone());
        }
    }
}

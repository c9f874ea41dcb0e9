using System.Text.Json.Nodes;
using Platform.FakeJira.Jql;

namespace Platform.FakeJira.Routes;

/// <summary><c>jql/parse</c> and the autocomplete suggestions: what Jira's strict validation says of a query, and the values a field offers.</summary>
internal static class JqlCheck
{
    private static readonly HashSet<string> DateFields = ["created", "updated", "due", "duedate"];
    private static readonly HashSet<string> TextFields = ["text", "summary", "description", "comment"];
    private static readonly HashSet<string> ValueFields = ["project", "key", "issuekey", "id", "status", "statuscategory", "priority", "issuetype", "type", "assignee", "reporter", "labels"];

    /// <summary>The query's structure, or its errors: the syntax always; under <c>strict</c> also unknown fields, functions and dates.</summary>
    public static JsonObject Parse(string text, string validation, JqlContext context, JiraStore store)
    {
        var result = new JsonObject { ["query"] = text };
        try
        {
            var query = JqlParser.Parse(text);
            var errors = validation == "none" ? [] : Errors(query, context, store).ToList();
            if (errors.Count > 0)
            {
                result["errors"] = new JsonArray([.. errors.Select(error => (JsonNode)error)]);
                return result;
            }

            result["structure"] = new JsonObject
            {
                ["where"] = query.Where?.ToString(),
                ["orderBy"] = new JsonObject { ["fields"] = new JsonArray([.. query.OrderBy.Select(order => (JsonNode)new JsonObject { ["field"] = new JsonObject { ["name"] = order.Field }, ["direction"] = order.Descending ? "desc" : "asc" })]) },
            };
        }
        catch (JqlException exception)
        {
            result["errors"] = new JsonArray(exception.Message);
        }

        return result;
    }

    /// <summary>The values of a field that start with the prefix (any case), at most 15, as Jira suggests them.</summary>
    public static IEnumerable<string> Suggestions(JiraStore store, string field, string prefix)
    {
        var issues = store.Indexed();
        IEnumerable<string> values = field.ToLowerInvariant() switch
        {
            "status" => issues.Select(issue => issue.Status),
            "priority" => issues.Select(issue => issue.Priority),
            "issuetype" or "type" => issues.Select(issue => issue.IssueType),
            "labels" => issues.SelectMany(issue => issue.Labels),
            "project" => issues.Select(issue => issue.ProjectKey),
            "assignee" or "reporter" => store.Users().Select(user => user.DisplayName),
            _ => [],
        };
        return values.Distinct(StringComparer.Ordinal).Where(value => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(15);
    }

    private static IEnumerable<string> Errors(JqlQuery query, JqlContext context, JiraStore store)
    {
        var custom = store.Fields().Where(field => field.Custom).Select(field => $"cf[{field.Id["customfield_".Length..]}]").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var terminal in query.Terminals)
        {
            if (!DateFields.Contains(terminal.Field) && !TextFields.Contains(terminal.Field) && !ValueFields.Contains(terminal.Field) && !custom.Contains(terminal.Field))
            {
                yield return $"Field '{terminal.Field}' does not exist or you do not have permission to view it.";
                continue;
            }

            if (TextFields.Contains(terminal.Field) && terminal.Operator is not ("~" or "!~" or "IS" or "IS NOT"))
            {
                yield return $"The operator '{terminal.Operator}' is not supported by the '{terminal.Field}' field.";
            }

            foreach (var function in Functions(terminal.Operand).Where(function => !function.Name.Equals("currentUser", StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"Unable to find JQL function '{function.Name}()'.";
            }

            if (DateFields.Contains(terminal.Field) && terminal.Operand is JqlValue value && DateError(value.Text, context) is { } dateError)
            {
                yield return dateError;
            }
        }

        foreach (var order in query.OrderBy.Where(order => !DateFields.Contains(order.Field) && !ValueFields.Contains(order.Field) && order.Field != "summary"))
        {
            yield return $"Not able to sort using field '{order.Field}'.";
        }
    }

    private static IEnumerable<JqlFunction> Functions(JqlOperand operand) => operand switch
    {
        JqlFunction function => [function],
        JqlList list => list.Items.SelectMany(Functions),
        _ => [],
    };

    private static string? DateError(string text, JqlContext context)
    {
        try
        {
            JqlEvaluator.DateOf(text, context);
            return null;
        }
        catch (JqlException exception)
        {
            return exception.Message.Replace("Error in the JQL Query: ", string.Empty, StringComparison.Ordinal);
        }
    }
}

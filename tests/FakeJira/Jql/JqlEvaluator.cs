using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.FakeJira.Jql;

/// <summary>Who runs a query and when: <c>currentUser()</c> and the zone dates without an offset are read in.</summary>
public sealed record JqlContext(JiraUser User, DateTimeOffset Now)
{
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(User.TimeZone);
}

/// <summary>
/// Runs a parsed query over issues the way Jira does for the fields the tracker filters on: project, key, status,
/// status category, priority, issue type, assignee, reporter, labels, created, updated, due, summary, description,
/// comment and text. Dates are "yyyy-MM-dd", "yyyy-MM-dd HH:mm" (in the user's zone) or relative ("-30d", "2w", "-4h").
/// </summary>
public static partial class JqlEvaluator
{
    public static IReadOnlyList<JiraIssue> Run(JqlQuery query, IEnumerable<JiraIssue> issues, JqlContext context)
    {
        var matching = issues.Where(issue => query.Where is null || Matches(query.Where, issue, context));
        IOrderedEnumerable<JiraIssue>? ordered = null;
        foreach (var order in query.OrderBy.DefaultIfEmpty(new JqlOrder("created", Descending: true)))
        {
            Func<JiraIssue, IComparable?> key = issue => SortKey(order.Field, issue);
            ordered = ordered is null
                ? order.Descending ? matching.OrderByDescending(key) : matching.OrderBy(key)
                : order.Descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        }

        return [.. ordered!.ThenByDescending(issue => long.Parse(issue.Id, CultureInfo.InvariantCulture))];
    }

    public static bool Matches(JqlClause clause, JiraIssue issue, JqlContext context) => clause switch
    {
        JqlAnd and => and.Clauses.All(inner => Matches(inner, issue, context)),
        JqlOr or => or.Clauses.Any(inner => Matches(inner, issue, context)),
        JqlNot not => !Matches(not.Clause, issue, context),
        JqlTerminal terminal => Compare(terminal, issue, context),
        _ => throw new ArgumentOutOfRangeException(nameof(clause)),
    };

    private static bool Compare(JqlTerminal terminal, JiraIssue issue, JqlContext context)
    {
        var field = terminal.Field;
        if (field is "created" or "updated" or "due" or "duedate")
        {
            return CompareDate(terminal, issue, context);
        }

        if (field is "text" or "summary" or "description" or "comment")
        {
            var haystack = field switch
            {
                "summary" => issue.Summary,
                "description" => issue.DescriptionWiki ?? string.Empty,
                "comment" => string.Join(' ', issue.Comments.Select(comment => comment.Wiki)),
                _ => string.Join(' ', [issue.Summary, issue.DescriptionWiki ?? string.Empty, .. issue.Comments.Select(comment => comment.Wiki)]),
            };
            var found = terminal.Operand is JqlValue value && ContainsTerms(haystack, value.Text);
            return terminal.Operator switch
            {
                "~" => found,
                "!~" => !found,
                _ => throw new JqlException($"Error in the JQL Query: The operator '{terminal.Operator}' is not supported by the '{field}' field.", 1, 1),
            };
        }

        var actual = ValuesOf(field, issue);
        var wanted = terminal.Operand switch
        {
            JqlEmpty => [],
            JqlList list => list.Items.SelectMany(item => Resolve(item, context)).ToList(),
            var single => Resolve(single, context),
        };
        return terminal.Operator switch
        {
            "=" => actual.Any(value => wanted.Contains(value, StringComparer.OrdinalIgnoreCase)),
            "!=" => !actual.Any(value => wanted.Contains(value, StringComparer.OrdinalIgnoreCase)) && actual.Count > 0,
            "IN" => actual.Any(value => wanted.Contains(value, StringComparer.OrdinalIgnoreCase)),
            "NOT IN" => !actual.Any(value => wanted.Contains(value, StringComparer.OrdinalIgnoreCase)) && actual.Count > 0,
            "IS" => actual.Count == 0,
            "IS NOT" => actual.Count > 0,
            _ => throw new JqlException($"Error in the JQL Query: The operator '{terminal.Operator}' is not supported by the '{field}' field.", 1, 1),
        };
    }

    private static List<string> ValuesOf(string field, JiraIssue issue) => field switch
    {
        "project" => [issue.ProjectKey],
        "key" or "issuekey" or "id" => [issue.Key, issue.Id],
        "status" => [issue.Status],
        "statuscategory" => [issue.StatusCategory, StatusCategoryName(issue.StatusCategory)],
        "priority" => [issue.Priority],
        "issuetype" or "type" => [issue.IssueType],
        "assignee" => issue.Assignee is { } assignee ? [assignee.AccountId] : [],
        "reporter" => [issue.Reporter.AccountId],
        "labels" => [.. issue.Labels],
        _ => throw new JqlException($"Error in the JQL Query: Field '{field}' does not exist or you do not have permission to view it.", 1, 1),
    };

    private static string StatusCategoryName(string key) => key switch
    {
        "new" => "To Do",
        "indeterminate" => "In Progress",
        _ => "Done",
    };

    private static List<string> Resolve(JqlOperand operand, JqlContext context) => operand switch
    {
        JqlValue value => [value.Text],
        JqlFunction { Name: var name } when name.Equals("currentUser", StringComparison.OrdinalIgnoreCase) => [context.User.AccountId],
        JqlFunction function => throw new JqlException($"Error in the JQL Query: Unable to find JQL function '{function.Name}()'.", 1, 1),
        JqlEmpty => [],
        _ => [],
    };

    private static bool CompareDate(JqlTerminal terminal, JiraIssue issue, JqlContext context)
    {
        DateTimeOffset? actual = terminal.Field switch
        {
            "created" => issue.Created,
            "updated" => issue.Updated,
            _ => issue.Due is { } due ? new DateTimeOffset(due.ToDateTime(TimeOnly.MinValue), context.Zone.GetUtcOffset(due.ToDateTime(TimeOnly.MinValue))) : null,
        };
        if (terminal.Operator is "IS" or "IS NOT")
        {
            return (actual is null) == (terminal.Operator == "IS");
        }

        if (actual is not { } when || terminal.Operand is not JqlValue value)
        {
            return false;
        }

        var bound = DateOf(value.Text, context);
        return terminal.Operator switch
        {
            "=" => when == bound,
            "!=" => when != bound,
            ">" => when > bound,
            ">=" => when >= bound,
            "<" => when < bound,
            "<=" => when <= bound,
            _ => throw new JqlException($"Error in the JQL Query: The operator '{terminal.Operator}' is not supported by the '{terminal.Field}' field.", 1, 1),
        };
    }

    /// <summary>A date as JQL writes it, in the user's zone when it has no offset.</summary>
    public static DateTimeOffset DateOf(string text, JqlContext context)
    {
        if (Relative().Match(text) is { Success: true } relative)
        {
            var amount = int.Parse(relative.Groups["amount"].Value, CultureInfo.InvariantCulture);
            return context.Now + relative.Groups["unit"].Value switch
            {
                "w" => TimeSpan.FromDays(7 * amount),
                "d" => TimeSpan.FromDays(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromMinutes(amount),
            };
        }

        string[] formats = ["yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new JqlException($"Error in the JQL Query: Date value '{text}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.", 1, 1);
        }

        return new DateTimeOffset(local, context.Zone.GetUtcOffset(local));
    }

    /// <summary>Every term of the search text occurs (case-insensitively) in the haystack; Lucene's escapes are undone first.</summary>
    private static bool ContainsTerms(string haystack, string search)
    {
        var unescaped = LuceneEscape().Replace(search, "$1");
        var terms = unescaped.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return terms.Length > 0 && terms.All(term => haystack.Contains(term.Trim('"'), StringComparison.OrdinalIgnoreCase));
    }

    private static IComparable? SortKey(string field, JiraIssue issue) => field switch
    {
        "created" => issue.Created,
        "updated" => issue.Updated,
        "due" or "duedate" => issue.Due,
        "priority" => PriorityRank(issue.Priority),
        "key" or "issuekey" => $"{issue.ProjectKey}:{long.Parse(issue.Key[(issue.Key.IndexOf('-', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture):D12}",
        "status" => issue.Status,
        "summary" => issue.Summary,
        "assignee" => issue.Assignee?.DisplayName,
        "reporter" => issue.Reporter.DisplayName,
        "issuetype" or "type" => issue.IssueType,
        "project" => issue.ProjectKey,
        _ => throw new JqlException($"Error in the JQL Query: Field '{field}' does not exist or you do not have permission to view it.", 1, 1),
    };

    private static int PriorityRank(string priority) => priority switch
    {
        "Highest" => 5,
        "High" => 4,
        "Medium" => 3,
        "Low" => 2,
        _ => 1,
    };

    [GeneratedRegex(@"^(?<amount>[-+]?\d+)(?<unit>[wdhm])$")]
    private static partial Regex Relative();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex LuceneEscape();
}

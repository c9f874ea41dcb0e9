using System.Globalization;
using System.Text;

namespace Platform.Domain.Tracker;

/// <summary>
/// The one writer of the tracker's JQL. Every value is quoted and escaped (quotes, backslashes, control characters as
/// \n, \r, \t or \uXXXX), so no value can change the query's structure; text search terms are escaped for Lucene's
/// special characters first. Times are written "yyyy-MM-dd HH:mm" in the Jira account's zone, days "yyyy-MM-dd". A
/// filter that would match the whole site is bounded by a window (<c>updated &gt;= -30d</c> by default), as Jira Cloud
/// refuses unbounded searches.
/// </summary>
public static class JqlCompiler
{
    public const int MaxSortFields = 3;

    /// <summary>Lucene's query syntax characters, which a <c>text ~</c> term must escape to be searched as text.</summary>
    private const string LuceneSpecials = "+-&|!(){}[]^\"~*?:\\/";

    public static string Compile(IssueFilter filter, TimeZoneInfo accountZone, TimeSpan window)
    {
        var clauses = new List<string>();
        AddValues(clauses, "project", filter.Projects);
        AddValues(clauses, "status", filter.Statuses);
        AddValues(clauses, "priority", filter.Priorities);
        AddValues(clauses, "issuetype", filter.IssueTypes);
        AddValues(clauses, "labels", filter.Labels);
        AddPeople(clauses, "assignee", filter.Assignees);
        AddPeople(clauses, "reporter", filter.Reporters);
        AddTimes(clauses, "created", filter.Created, accountZone);
        AddTimes(clauses, "updated", filter.Updated, accountZone);
        AddDays(clauses, "due", filter.Due);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            clauses.Add($"text ~ {Quote(EscapeLucene(filter.Text.Trim()))}");
        }

        if (clauses.Count == 0)
        {
            clauses.Add($"updated >= -{Math.Max(1, (int)Math.Ceiling(window.TotalDays))}d");
        }

        var sort = filter.Sort.Count == 0 ? [new IssueSort(IssueSortField.Updated, Descending: true)] : filter.Sort.Take(MaxSortFields);
        return $"{string.Join(" AND ", clauses)} ORDER BY {string.Join(", ", sort.Select(order => $"{FieldOf(order.Field)} {(order.Descending ? "DESC" : "ASC")}"))}";
    }

    /// <summary>A JQL string literal: double quotes around the value with its quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var character in value)
        {
            quoted.Append(character switch
            {
                '"' => "\\\"",
                '\'' => "\\'",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(character) => $"\\u{(int)character:x4}",
                _ => character.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>A text search term with Lucene's special characters escaped, so they are searched for, not obeyed.</summary>
    public static string EscapeLucene(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (LuceneSpecials.Contains(character, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
        }

        return escaped.ToString();
    }

    private static void AddValues(List<string> clauses, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            clauses.Add(values.Count == 1 ? $"{field} = {Quote(values[0])}" : $"{field} IN ({string.Join(", ", values.Select(Quote))})");
        }
    }

    private static void AddPeople(List<string> clauses, string field, IReadOnlyList<string> people)
    {
        if (people.Count == 0)
        {
            return;
        }

        var alternatives = new List<string>();
        var accounts = people.Where(person => person is not (IssueFilter.Me or IssueFilter.Unassigned)).ToList();
        if (accounts.Count > 0)
        {
            alternatives.Add(accounts.Count == 1 ? $"{field} = {Quote(accounts[0])}" : $"{field} IN ({string.Join(", ", accounts.Select(Quote))})");
        }

        if (people.Contains(IssueFilter.Me))
        {
            alternatives.Add($"{field} = currentUser()");
        }

        if (people.Contains(IssueFilter.Unassigned))
        {
            alternatives.Add($"{field} IS EMPTY");
        }

        clauses.Add(alternatives.Count == 1 ? alternatives[0] : $"({string.Join(" OR ", alternatives)})");
    }

    private static void AddTimes(List<string> clauses, string field, TimeRange? range, TimeZoneInfo zone)
    {
        if (range?.From is { } from)
        {
            clauses.Add($"{field} >= {Quote(Local(from, zone))}");
        }

        if (range?.To is { } to)
        {
            clauses.Add($"{field} <= {Quote(Local(to, zone))}");
        }
    }

    private static void AddDays(List<string> clauses, string field, DateRange? range)
    {
        if (range?.From is { } from)
        {
            clauses.Add($"{field} >= {Quote(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        if (range?.To is { } to)
        {
            clauses.Add($"{field} <= {Quote(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string FieldOf(IssueSortField field) => field switch
    {
        IssueSortField.Updated => "updated",
        IssueSortField.Created => "created",
        IssueSortField.Due => "duedate",
        IssueSortField.Priority => "priority",
        IssueSortField.Status => "status",
        IssueSortField.Key => "key",
        IssueSortField.Summary => "summary",
        _ => "assignee",
    };
}

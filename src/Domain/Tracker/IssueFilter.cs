namespace Platform.Domain.Tracker;

/// <summary>
/// A typed filter of a Jira issue list, the one model the tracker turns into JQL (<see cref="JqlCompiler"/>): quick
/// filters store it, the list takes it from the query string. Values within a field are alternatives (OR); fields
/// combine (AND).
/// </summary>
public sealed record IssueFilter
{
    /// <summary>An assignee or reporter that is the Jira account of the connection itself.</summary>
    public const string Me = "me";

    /// <summary>An assignee that is nobody.</summary>
    public const string Unassigned = "unassigned";

    public IReadOnlyList<string> Projects { get; init; } = [];

    public IReadOnlyList<string> Statuses { get; init; } = [];

    public IReadOnlyList<string> Priorities { get; init; } = [];

    public IReadOnlyList<string> IssueTypes { get; init; } = [];

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Account ids, <see cref="Me"/> or <see cref="Unassigned"/>.</summary>
    public IReadOnlyList<string> Assignees { get; init; } = [];

    /// <summary>Account ids or <see cref="Me"/>.</summary>
    public IReadOnlyList<string> Reporters { get; init; } = [];

    public TimeRange? Created { get; init; }

    public TimeRange? Updated { get; init; }

    public DateRange? Due { get; init; }

    /// <summary>Words searched in summaries, descriptions and comments (Jira's <c>text ~</c>).</summary>
    public string? Text { get; init; }

    /// <summary>At most <see cref="JqlCompiler.MaxSortFields"/>; newest update first when empty.</summary>
    public IReadOnlyList<IssueSort> Sort { get; init; } = [];
}

/// <summary>Instants from (inclusive) and to (inclusive), either open.</summary>
public sealed record TimeRange(DateTimeOffset? From, DateTimeOffset? To);

/// <summary>Days from and to, both inclusive, either open.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To);

public sealed record IssueSort(IssueSortField Field, bool Descending);

/// <summary>The fields an issue list sorts on: an allow-list, so no client text ever reaches ORDER BY.</summary>
public enum IssueSortField
{
    Updated,
    Created,
    Due,
    Priority,
    Status,
    Key,
    Summary,
    Assignee,
}

namespace Platform.Application.Reports;

/// <summary>Who may run a report.</summary>
public enum ReportAudience
{
    /// <summary>Administrators, over the whole platform.</summary>
    Administrators,

    /// <summary>A project's owner and maintainers, over that project (<c>projectId</c>).</summary>
    ProjectManagers,

    /// <summary>Every signed-in user, over their own data.</summary>
    Everyone,
}

/// <summary>One column of a report: its name in JSON and the CSV header, its type (date, text, integer, decimal), what it holds.</summary>
public sealed record ReportColumn(string Name, string Type, string Description)
{
    public const string DateType = "date";
    public const string TextType = "text";
    public const string IntegerType = "integer";
    public const string DecimalType = "decimal";
}

/// <summary>
/// A report of the catalogue: its key, audience and columns. The first column is always the bucket (its first local day);
/// its rows come from one SQL statement of the report repository, which answers the columns in this order.
/// </summary>
public sealed record ReportDefinition(
    string Key, ReportAudience Audience, string Title, string Description, string DefaultGranularity, IReadOnlyList<ReportColumn> Columns);

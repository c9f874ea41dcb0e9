namespace Platform.Application.Reports;

/// <summary>Reports (<c>Reports</c>): how many rows a direct answer may hold before the report must be exported as a file.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    public const int MaxRowCap = 1_000_000;

    /// <summary>The most rows a report answers directly; a longer one is 422 <c>report_too_large</c> and is exported instead.</summary>
    public int RowCap { get; set; } = 10_000;

    public bool IsValid => RowCap is >= 1 and <= MaxRowCap;
}

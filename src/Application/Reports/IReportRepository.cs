using Platform.Domain.Projects;

namespace Platform.Application.Reports;

/// <summary>The range of a report run: local days [From, To] of an IANA time zone, cut by a granularity.</summary>
public sealed record ReportWindow(DateOnly From, DateOnly To, string Granularity, string TimeZone);

/// <summary>
/// Computes reports in PostgreSQL (never by loading rows here). Reports read across modules by design: they are the
/// platform's read model of its own tables.
/// </summary>
public interface IReportRepository
{
    /// <summary>Whether PostgreSQL knows the IANA time zone.</summary>
    Task<bool> KnowsTimeZoneAsync(string timeZone, CancellationToken cancellationToken);

    /// <summary>The caller's role in the project, or null when the project does not exist or they are not a member.</summary>
    Task<ProjectRole?> ProjectRoleAsync(Guid projectId, Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// The report's rows (the first <paramref name="limit"/> of them when given), one array of cells per row in the
    /// order of its columns, streamed as PostgreSQL answers them, on a connection of their own.
    /// </summary>
    IAsyncEnumerable<object?[]> RunAsync(
        ReportDefinition report, ReportWindow window, Guid callerId, Guid? projectId, int? limit, CancellationToken cancellationToken);
}

using System.Runtime.CompilerServices;
using Platform.Application.Reports;
using Platform.Domain.Projects;

namespace Platform.Application.UnitTests.Reports;

/// <summary>
/// The report port in memory: the zones it knows, the project roles it was given, and the runs it was asked for (each
/// answers one row naming its window, so tests see what the handler decided, then <see cref="MoreRows"/> more).
/// </summary>
public sealed class InMemoryReportRepository : IReportRepository
{
    public HashSet<string> KnownZones { get; } = ["UTC", "Europe/Berlin", "Europe/Moscow", "America/New_York"];

    public Dictionary<(Guid Project, Guid User), ProjectRole> Roles { get; } = [];

    public int MoreRows { get; set; }

    public Task<bool> KnowsTimeZoneAsync(string timeZone, CancellationToken cancellationToken) => Task.FromResult(KnownZones.Contains(timeZone));

    public Task<ProjectRole?> ProjectRoleAsync(Guid projectId, Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Roles.TryGetValue((projectId, userId), out var role) ? role : (ProjectRole?)null);

    public async IAsyncEnumerable<object?[]> RunAsync(
        ReportDefinition report, ReportWindow window, Guid callerId, Guid? projectId, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        yield return [report.Key, window, callerId, projectId];
        for (var row = 1; row <= MoreRows && row < (limit ?? int.MaxValue); row++)
        {
            yield return [report.Key, row];
        }
    }
}

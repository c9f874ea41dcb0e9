namespace Platform.Application.Reports;

/// <summary>
/// The rollups of the large tables' closed quarter hours (ADR 47): counts per 15-minute slot, kept by a job, from which
/// the reports read everything but the newest slots.
/// </summary>
public interface IReportRollups
{
    /// <summary>Rolls up every slot closed by <paramref name="now"/> that is not rolled up yet; answers how many slot rows it wrote.</summary>
    Task<int> RollUpAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

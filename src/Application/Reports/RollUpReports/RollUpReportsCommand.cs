using Platform.Application.Common.Jobs;

namespace Platform.Application.Reports.RollUpReports;

/// <summary>
/// Adds the quarter hours closed since the last run to the report rollups (ADR 47). Safe to run twice: a slot is rolled
/// up once, and a second run finds none new.
/// </summary>
public sealed record RollUpReportsCommand : ICommand<JobRun>;

internal sealed class RollUpReportsHandler(IReportRollups rollups, TimeProvider clock) : IRequestHandler<RollUpReportsCommand, Result<JobRun>>
{
    public async Task<Result<JobRun>> Handle(RollUpReportsCommand request, CancellationToken cancellationToken) =>
        new JobRun(await rollups.RollUpAsync(clock.GetUtcNow(), cancellationToken));
}

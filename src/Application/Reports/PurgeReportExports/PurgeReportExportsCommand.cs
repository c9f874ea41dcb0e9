using Platform.Application.Common.Jobs;

namespace Platform.Application.Reports.PurgeReportExports;

/// <summary>
/// Deletes the files of expired exports (their rows stay, so a late download is 410, not 404) and forgets exports asked
/// for over <see cref="KeptFor"/> ago. Safe to run twice.
/// </summary>
public sealed record PurgeReportExportsCommand : ICommand<JobRun>
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);
}

internal sealed class PurgeReportExportsHandler(IReportExportRepository exports, IReportExportFiles files, TimeProvider clock)
    : IRequestHandler<PurgeReportExportsCommand, Result<JobRun>>
{
    public async Task<Result<JobRun>> Handle(PurgeReportExportsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expiredFiles = await files.DeleteExpiredAsync(now, cancellationToken);
        var forgotten = await exports.DeleteRequestedBeforeAsync(now - PurgeReportExportsCommand.KeptFor, cancellationToken);
        return new JobRun(expiredFiles + forgotten);
    }
}

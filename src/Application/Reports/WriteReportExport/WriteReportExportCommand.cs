using Platform.Application.Common.Jobs;
using Platform.Domain.Reports;

namespace Platform.Application.Reports.WriteReportExport;

/// <summary>
/// Writes a queued export's file and marks it ready, in one transaction, so its requester never sees half a file; the
/// export's completion tells them through the outbox. Safe to run twice: a written or failed export is left as it is,
/// and a run cut short left nothing behind.
/// </summary>
public sealed record WriteReportExportCommand(Guid ExportId) : ICommand<JobRun>;

/// <summary>Gives up on a queued export whose runs kept failing: it is marked failed with <paramref name="Code"/>.</summary>
public sealed record FailReportExportCommand(Guid ExportId, string Code) : ICommand<JobRun>;

internal sealed class FailReportExportValidator : AbstractValidator<FailReportExportCommand>
{
    public FailReportExportValidator() => RuleFor(command => command.Code).NotEmpty().MaximumLength(ReportExport.FailureCodeMaxLength);
}

internal sealed class WriteReportExportHandler(IReportExportRepository exports, IReportRepository reports, IReportExportFiles files, TimeProvider clock)
    : IRequestHandler<WriteReportExportCommand, Result<JobRun>>, IRequestHandler<FailReportExportCommand, Result<JobRun>>
{
    public const string ReportWithdrawn = "report_withdrawn";

    public async Task<Result<JobRun>> Handle(WriteReportExportCommand request, CancellationToken cancellationToken)
    {
        if (await exports.FindAsync(request.ExportId, null, cancellationToken) is not { IsPending: true } export)
        {
            return new JobRun(0);
        }

        if (ReportCatalogue.Find(export.ReportKey) is not { } report)
        {
            export.Fail(ReportWithdrawn, clock.GetUtcNow());
            return new JobRun(1);
        }

        var window = new ReportWindow(export.From, export.To, export.Granularity, export.TimeZone);
        var rows = reports.RunAsync(report, window, export.RequesterId, export.ProjectId, limit: null, cancellationToken);
        var file = await files.WriteCsvAsync(export.Id, report.Columns, rows, cancellationToken);
        export.Complete(file.Rows, file.Bytes, clock.GetUtcNow());
        return new JobRun(1);
    }

    public async Task<Result<JobRun>> Handle(FailReportExportCommand request, CancellationToken cancellationToken)
    {
        if (await exports.FindAsync(request.ExportId, null, cancellationToken) is not { IsPending: true } export)
        {
            return new JobRun(0);
        }

        export.Fail(request.Code, clock.GetUtcNow());
        return new JobRun(1);
    }
}

using Platform.Api.ReportsEdge;
using Platform.Application.Reports.DownloadReportExport;

namespace Platform.Api.Modules.Reports;

internal static class DownloadReportExportEndpoint
{
    public static RouteHandlerBuilder MapDownloadReportExport(this IEndpointRouteBuilder group) =>
        group.MapGet("/exports/{id:guid}/file", async Task<Results<ReportExportFileResult, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var result = await mediator.Send(new DownloadReportExportQuery(user.UserId(), id), cancellationToken);
                return result.IsSuccess ? new ReportExportFileResult(result.Value) : result.Error.ToProblem();
            })
            .WithSummary("Download one of your exports")
            .WithDescription(
                "The CSV file, with its `Content-Length`. While it is written 409 `report_export_not_ready`; a failed export 409 " +
                "`report_export_failed`; past its 24 hours 410 `report_export_expired`; another user's export 404 `report_export_not_found`.")
            .Produces<string>(StatusCodes.Status200OK, ReportFormats.Csv)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .WithName("DownloadReportExport");
}

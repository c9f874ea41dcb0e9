using Platform.Application.Reports;
using Platform.Application.Reports.GetReportExport;

namespace Platform.Api.Modules.Reports;

internal static class GetReportExportEndpoint
{
    public static RouteHandlerBuilder MapGetReportExport(this IEndpointRouteBuilder group) =>
        group.MapGet("/exports/{id:guid}", async Task<Results<Ok<ReportExportResponse>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetReportExportQuery(user.UserId(), id), cancellationToken)).ToOk())
            .WithSummary("Where one of your exports stands")
            .WithDescription(
                "`status`: `queued` (being written), `ready` (download it until `expiresAt`), `expired` (its file is gone) or `failed` " +
                "(`failureCode`). Another user's export is 404 `report_export_not_found`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetReportExport");
}

using System.ComponentModel.DataAnnotations;
using Platform.Application.Reports;
using Platform.Application.Reports.RequestReportExport;
using Platform.Domain.Identity;
using Platform.Domain.Reports;

namespace Platform.Api.Modules.Reports;

internal static class RequestReportExportEndpoint
{
    public static RouteHandlerBuilder MapRequestReportExport(this IEndpointRouteBuilder group) =>
        group.MapPost("/{key}/exports", async Task<Results<Accepted<ReportExportResponse>, ProblemHttpResult>> (
                [ValuesFrom(typeof(ReportCatalogue), nameof(ReportCatalogue.Keys))] string key, ClaimsPrincipal user, HttpRequest request,
                IMediator mediator, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null,
                [ValuesFrom(typeof(ReportGranularity), nameof(ReportGranularity.All))] string? granularity = null,
                [StringLength(UserPreferences.TimeZoneMaxLength)] string? timeZone = null, Guid? projectId = null) =>
                (await mediator.Send(
                    new RequestReportExportCommand(user.UserId(), user.IsInRole(Role.Admin), key, from, to, granularity, timeZone, projectId), cancellationToken))
                .ToAccepted(export => $"{request.PathBase}/api/v1/reports/exports/{export.Id}"))
            .WithSummary("Ask for a report as a CSV file, however long")
            .WithDescription(
                "Takes the parameters of `GET /api/v1/reports/{key}`, is authorized the same way (403, 404 and 400 with the same codes), and " +
                "answers 202 with the queued export and its `Location`. The job engine writes the file (RFC 4180 CSV as a direct answer is); " +
                "when it is ready you get the `reports.export-ready` notification, and the export's status turns `ready`. Only you can " +
                $"download it, for {ReportExport.Lifetime.TotalHours:0} hours. At most {ReportExport.MaxPendingPerUser} of your exports may be " +
                "queued at once: another is 409 `report_export_limit`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RequestReportExport");
}

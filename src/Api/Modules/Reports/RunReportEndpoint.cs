using System.ComponentModel.DataAnnotations;
using Platform.Application.Reports;
using Platform.Api.ReportsEdge;
using Platform.Application.Reports.RunReport;
using Platform.Domain.Identity;
using Platform.Domain.Reports;

namespace Platform.Api.Modules.Reports;

internal static class RunReportEndpoint
{
    public static RouteHandlerBuilder MapRunReport(this IEndpointRouteBuilder group) =>
        group.MapGet("/{key}", async Task<Results<Ok<ReportRun>, ReportCsvResult, ProblemHttpResult>> (
                [ValuesFrom(typeof(ReportCatalogue), nameof(ReportCatalogue.Keys))] string key, ClaimsPrincipal user, HttpRequest request,
                IMediator mediator, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null,
                [ValuesFrom(typeof(ReportGranularity), nameof(ReportGranularity.All))] string? granularity = null,
                [StringLength(UserPreferences.TimeZoneMaxLength)] string? timeZone = null, Guid? projectId = null) =>
            {
                if (ReportFormats.Negotiate(request) is not { } format)
                {
                    // With its code set here: a client that accepts no JSON gets the problem without the usual enrichment.
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status406NotAcceptable, title: "Reports answer application/json or text/csv.",
                        extensions: new Dictionary<string, object?> { ["code"] = ProblemCodes.NotAcceptable });
                }

                var result = await mediator.Send(
                    new RunReportQuery(user.UserId(), user.IsInRole(Role.Admin), key, from, to, granularity, timeZone, projectId), cancellationToken);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                return format == ReportFormats.Csv ? new ReportCsvResult(result.Value) : TypedResults.Ok(result.Value);
            })
            .WithSummary("Run a report over a range of local days")
            .WithDescription(
                "`from` and `to`: local days (YYYY-MM-DD, both included; without them the 30 days up to today). `granularity`: `day`, " +
                $"`week` (Monday first) or `month`, the report's default when left out; at most {ReportGranularity.MaxDays} days, " +
                $"{ReportGranularity.MaxWeeks} weeks or {ReportGranularity.MaxMonths} months (400 `report_range_too_long`). `timeZone`: " +
                "an IANA zone (your profile's when left out; 400 `report_time_zone_unknown`): buckets are that zone's days, so a day across a " +
                "DST change has 23 or 25 hours. `projectId` for project reports. Every bucket of the range is answered, empty ones with zeros; " +
                "each row is an array of cells in the order of `columns`, the first the bucket's first day.\n\n" +
                "`Accept: text/csv` answers RFC 4180 CSV (UTF-8, a header row, CRLF), streamed; a text cell starting with `=`, `+`, `-`, " +
                "`@`, a tab or a carriage return is prefixed with `'` so that spreadsheets do not run it. Any other `Accept` is 406. " +
                "An administrators' report for anyone else is 403 `report_forbidden`; a project you are not a member of 404 " +
                "`report_project_not_found`, one you do not own or maintain 403 `report_project_forbidden`.\n\n" +
                "A report of more rows than the configured cap (`Reports:RowCap`, 10,000 by default) is 422 `report_too_large` before any " +
                "row is sent: ask for it as a file with `POST /api/v1/reports/{key}/exports`.")
            .Produces<ReportRun>(StatusCodes.Status200OK, ReportFormats.Json, ReportFormats.Csv)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("RunReport");
}

using Platform.Application.Common.Paging;
using Platform.Application.Reports;
using Platform.Application.Reports.ListReportExports;

namespace Platform.Api.Modules.Reports;

internal static class ListReportExportsEndpoint
{
    public static RouteHandlerBuilder MapListReportExports(this IEndpointRouteBuilder group) =>
        group.MapGet("/exports", async Task<Results<Ok<PagedList<ReportExportResponse>>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken, int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListReportExportsQuery(user.UserId(), page, pageSize), cancellationToken)).ToOk())
            .WithSummary("Your report exports, newest first")
            .WithDescription("Exports are kept 30 days after they were asked for. `page` from 1, `pageSize` 1-100 (default 20).")
            .ProducesValidationProblem()
            .WithName("ListReportExports");
}

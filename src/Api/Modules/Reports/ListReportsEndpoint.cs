using Platform.Application.Reports.ListReports;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Reports;

internal static class ListReportsEndpoint
{
    public static RouteHandlerBuilder MapListReports(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<IReadOnlyList<ReportResponse>>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListReportsQuery(user.IsInRole(Role.Admin)), cancellationToken)).ToOk())
            .WithSummary("The reports you may run")
            .WithDescription(
                "Every report for administrators; the project reports (`requiresProject`: pass `projectId`, for its owner and maintainers) " +
                "and your own for everyone else. Each with its columns (name, type, meaning) and its default granularity.")
            .WithName("ListReports");
}

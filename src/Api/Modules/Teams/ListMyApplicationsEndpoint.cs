using Platform.Application.Common.Paging;
using Platform.Application.Teams;
using Platform.Application.Teams.ListMyApplications;

namespace Platform.Api.Modules.Teams;

internal static class ListMyApplicationsEndpoint
{
    public static RouteHandlerBuilder MapListMyApplications(this IEndpointRouteBuilder group) =>
        group.MapGet("/me/applications", async Task<Results<Ok<PagedList<ApplicationResponse>>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                [ValuesFrom(typeof(ApplicationStatuses), nameof(ApplicationStatuses.All))] string? status = null,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListMyApplicationsQuery(user.UserId(), status, page, pageSize), cancellationToken)).ToOk())
            .WithSummary("Your applications to teams, newest first")
            .WithDescription("`status`: pending, accepted, rejected or withdrawn; `page` from 1, `pageSize` 1-100 (default 20).")
            .WithName("ListMyApplications")
            .ProducesValidationProblem();
}

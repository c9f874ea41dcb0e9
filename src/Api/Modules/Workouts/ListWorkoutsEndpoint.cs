using Platform.Application.Common.Paging;
using Platform.Application.Workouts;
using Platform.Application.Workouts.ListWorkouts;

namespace Platform.Api.Modules.Workouts;

internal static class ListWorkoutsEndpoint
{
    public static RouteHandlerBuilder MapListWorkouts(this IEndpointRouteBuilder group) =>
        group.MapGet("", async Task<Results<Ok<PagedList<WorkoutSummaryResponse>>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                DateTimeOffset? from = null, DateTimeOffset? to = null, int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListWorkoutsQuery(user.UserId(), from, to, page, pageSize), cancellationToken)).ToOk())
            .WithSummary("Your workouts, the latest first, one page at a time")
            .WithDescription("`from` (inclusive) and `to` (exclusive): ISO-8601 times the start must fall between. `page` from 1, `pageSize` 1-100 (default 20).")
            .ProducesValidationProblem()
            .WithName("ListWorkouts");
}

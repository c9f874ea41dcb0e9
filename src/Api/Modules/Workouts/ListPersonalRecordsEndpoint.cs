using Platform.Application.Common.Paging;
using Platform.Application.Workouts;
using Platform.Application.Workouts.ListPersonalRecords;

namespace Platform.Api.Modules.Workouts;

internal static class ListPersonalRecordsEndpoint
{
    public static RouteHandlerBuilder MapListPersonalRecords(this IEndpointRouteBuilder group) =>
        group.MapGet("/records", async Task<Results<Ok<PagedList<PersonalRecordsResponse>>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListPersonalRecordsQuery(user.UserId(), page, pageSize), cancellationToken)).ToOk())
            .WithSummary("Your personal records per exercise, the latest performed first")
            .WithDescription(
                "The records of every exercise you have logged working sets of (`mostRepsAtWeight` is left empty here: read one exercise's " +
                "records for it). `page` from 1, `pageSize` 1-100 (default 20).")
            .ProducesValidationProblem()
            .WithName("ListPersonalRecords");
}

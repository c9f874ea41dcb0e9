using Platform.Application.Common.Paging;
using Platform.Application.Workouts;
using Platform.Application.Workouts.ListPersonalRecords;

namespace Platform.Api.Modules.Workouts;

internal sealed class ListPersonalRecordsEndpoint : IEndpoint<WorkoutsModule>
{
    public IReadOnlyCollection<ApiVersion> Versions { get; } = [ApiVersions.V1];

    public RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/records", async Task<Results<Ok<PagedList<PersonalRecordsResponse>>, ProblemHttpResult>> (
                ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken,
                int page = Paging.FirstPage, int pageSize = Paging.DefaultPageSize) =>
                (await mediator.Send(new ListPersonalRecordsQuery(user.UserId(), page, pageSize), cancellationToken)).ToOk())
            .WithSummary("Your personal records per exercise, the latest performed first")
            .WithDescription(
                "The records of every exercise you have logged working sets of (`mostRepsAtWeight` is left empty here: read one exercise's " +
                "records for it). `page` from 1, `pageSize` 1-100 (default 20).")
            .ProducesValidationProblem();
}

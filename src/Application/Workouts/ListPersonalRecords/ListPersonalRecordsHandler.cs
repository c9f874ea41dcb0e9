using Platform.Application.Common.Paging;
using Platform.Application.Identity.Contracts;

namespace Platform.Application.Workouts.ListPersonalRecords;

internal sealed class ListPersonalRecordsHandler(IWorkoutProgressRepository progress, IUserDirectory users)
    : IRequestHandler<ListPersonalRecordsQuery, Result<PagedList<PersonalRecordsResponse>>>
{
    public async Task<Result<PagedList<PersonalRecordsResponse>>> Handle(ListPersonalRecordsQuery request, CancellationToken cancellationToken)
    {
        var (records, total) = await progress.ListRecordsAsync(request.OwnerId, request.Page, request.PageSize, cancellationToken);
        var unit = (await DiaryOwner.LoadAsync(users, request.OwnerId, cancellationToken)).WeightUnit;
        return new PagedList<PersonalRecordsResponse>(
            [.. records.Select(exercise => PersonalRecordsResponse.From(exercise, unit))], request.Page, request.PageSize, total);
    }
}

using Platform.Application.Common.Paging;

namespace Platform.Application.Workouts.ListPersonalRecords;

internal sealed class ListPersonalRecordsValidator : AbstractValidator<ListPersonalRecordsQuery>
{
    public ListPersonalRecordsValidator()
    {
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

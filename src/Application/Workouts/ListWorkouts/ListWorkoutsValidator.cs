using Platform.Application.Common.Paging;

namespace Platform.Application.Workouts.ListWorkouts;

internal sealed class ListWorkoutsValidator : AbstractValidator<ListWorkoutsQuery>
{
    public ListWorkoutsValidator()
    {
        RuleFor(query => query.To).GreaterThan(query => query.From).When(query => query.From is not null && query.To is not null);
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

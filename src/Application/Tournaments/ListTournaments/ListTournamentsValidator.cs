using Platform.Application.Common.Paging;
using Platform.Domain.Community;

namespace Platform.Application.Tournaments.ListTournaments;

internal sealed class ListTournamentsValidator : AbstractValidator<ListTournamentsQuery>
{
    public ListTournamentsValidator()
    {
        RuleFor(query => query.Sport).KnownSport().When(query => query.Sport is not null);
        RuleFor(query => query.City).MaximumLength(CommunityText.CityMaxLength).When(query => query.City is not null);
        RuleFor(query => query.State).MaximumLength(16).ValidState();
        RuleFor(query => query.Format).MaximumLength(32).ValidFormat();
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

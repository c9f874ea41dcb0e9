using Platform.Application.Common.Paging;
using Platform.Domain.Community;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.ListTeams;

internal sealed class ListTeamsValidator : AbstractValidator<ListTeamsQuery>
{
    public ListTeamsValidator()
    {
        RuleFor(query => query.Name).MaximumLength(Team.NameMaxLength).PlainText().When(query => query.Name is not null);
        RuleFor(query => query.Sport).KnownSport().When(query => query.Sport is not null);
        RuleFor(query => query.City).MaximumLength(CommunityText.CityMaxLength).PlainText().When(query => query.City is not null);
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

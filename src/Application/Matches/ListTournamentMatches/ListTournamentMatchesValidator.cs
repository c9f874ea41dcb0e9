using Platform.Application.Common.Paging;

namespace Platform.Application.Matches.ListTournamentMatches;

internal sealed class ListTournamentMatchesValidator : AbstractValidator<ListTournamentMatchesQuery>
{
    public ListTournamentMatchesValidator()
    {
        RuleFor(query => query.Round).InclusiveBetween(1, 10_000);
        RuleFor(query => query.Status).MaximumLength(32).Must(status => status is null || MatchNames.StatusFrom(status) is not null)
            .WithErrorCode("match_status_invalid").WithMessage($"status is one of: {string.Join(", ", MatchNames.Statuses)}.");
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

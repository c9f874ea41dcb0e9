using Platform.Application.Common.Paging;

namespace Platform.Application.Teams.ListTeamApplications;

internal sealed class ListTeamApplicationsValidator : AbstractValidator<ListTeamApplicationsQuery>
{
    public ListTeamApplicationsValidator()
    {
        RuleFor(query => query.Id).NotEmpty();
        RuleFor(query => query.Status).ApplicationStatus();
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

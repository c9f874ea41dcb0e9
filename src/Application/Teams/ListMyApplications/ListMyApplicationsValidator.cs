using Platform.Application.Common.Paging;

namespace Platform.Application.Teams.ListMyApplications;

internal sealed class ListMyApplicationsValidator : AbstractValidator<ListMyApplicationsQuery>
{
    public ListMyApplicationsValidator()
    {
        RuleFor(query => query.Status).ApplicationStatus();
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

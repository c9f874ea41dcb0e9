using Platform.Application.Common.Paging;

namespace Platform.Application.Projects.ListProjects;

internal sealed class ListProjectsValidator : AbstractValidator<ListProjectsQuery>
{
    public ListProjectsValidator()
    {
        RuleFor(query => query.Status).Must(status => ProjectNames.StatusFrom(status) is not null).When(query => query.Status is not null)
            .WithErrorCode("project_status_invalid").WithMessage("The status must be active or archived.");
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

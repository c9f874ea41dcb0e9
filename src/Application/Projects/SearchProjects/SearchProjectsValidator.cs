using Platform.Application.Common.Paging;

namespace Platform.Application.Projects.SearchProjects;

internal sealed class SearchProjectsValidator : AbstractValidator<SearchProjectsQuery>
{
    public SearchProjectsValidator()
    {
        RuleFor(query => query.Q)
            .Must(q => q!.Length <= ProjectSearchTerms.MaxQueryLength && ProjectSearchTerms.Of(q).Count > 0)
            .When(query => query.Q is not null)
            .WithErrorCode("q_invalid").WithMessage($"q must hold a word (letters or digits) and at most {ProjectSearchTerms.MaxQueryLength} characters.");
        RuleFor(query => query.Status).Must(status => ProjectNames.StatusFrom(status) is not null).When(query => query.Status is not null)
            .WithErrorCode("project_status_invalid").WithMessage("The status must be active or archived.");
        RuleFor(query => query.Role).Must(role => ProjectNames.RoleFrom(role) is not null).When(query => query.Role is not null)
            .WithErrorCode("project_role_invalid").WithMessage("The role must be owner, maintainer, member or viewer.");
        RuleFor(query => query.Tag).MaximumLength(Domain.Projects.Project.TagMaxLength).WithErrorCode("tag_invalid");
        RuleFor(query => query.Sort).Must(sort => ProjectSearchSorts.From(sort) is not null).When(query => query.Sort is not null)
            .WithErrorCode("sort_invalid").WithMessage($"sort must be one of: {string.Join(", ", ProjectSearchSorts.Names)}.");
        RuleFor(query => query.Sort).Must((query, _) => !string.IsNullOrWhiteSpace(query.Q)).When(query => query.Sort == "relevance")
            .WithErrorCode("sort_needs_q").WithMessage("Sorting by relevance needs q.");
        RuleFor(query => query.Limit).InclusiveBetween(1, Paging.MaxPageSize).WithErrorCode("limit_invalid");
        RuleFor(query => query.CreatedTo).GreaterThan(query => query.CreatedFrom).When(query => query.CreatedFrom is not null && query.CreatedTo is not null)
            .WithErrorCode("range_invalid").WithMessage("createdTo must be after createdFrom.");
        RuleFor(query => query.UpdatedTo).GreaterThan(query => query.UpdatedFrom).When(query => query.UpdatedFrom is not null && query.UpdatedTo is not null)
            .WithErrorCode("range_invalid").WithMessage("updatedTo must be after updatedFrom.");
        RuleFor(query => query.Cursor)
            .Cascade(CascadeMode.Stop)
            .MaximumLength(ProjectSearchCursor.MaxLength)
            .Must((query, _) => query.Criteria.After is not null)
            .When(query => query.Cursor is not null && (query.Sort is null || ProjectSearchSorts.From(query.Sort) is not null))
            .WithErrorCode("cursor_invalid").WithMessage("The cursor is malformed or belongs to another search, filter or sort; start again without it.");
    }
}

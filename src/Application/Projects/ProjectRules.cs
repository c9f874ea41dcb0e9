using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>
/// Field rules shared by the slices that write projects. Each asks the aggregate's own rule (written once, in the
/// Domain) and names the field that broke it.
/// </summary>
public static class ProjectRules
{
    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Project.IsValidName).WithErrorCode(ProjectsErrors.NameInvalid.Code).WithMessage(ProjectsErrors.NameInvalid.Message);

    public static IRuleBuilderOptions<T, string?> ValidDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Project.IsValidDescription).WithErrorCode(ProjectsErrors.DescriptionInvalid.Code).WithMessage(ProjectsErrors.DescriptionInvalid.Message);

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidTags<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(tags => Project.AreValidTags(tags)).WithErrorCode(ProjectsErrors.TagsInvalid.Code).WithMessage(ProjectsErrors.TagsInvalid.Message);

    public static IRuleBuilderOptions<T, string?> ValidMemberRole<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(role => ProjectNames.RoleFrom(role) is { } parsed && ProjectNames.MemberRoles.Contains(ProjectNames.Of(parsed)))
            .WithErrorCode("member_role_invalid").WithMessage($"The role must be one of: {string.Join(", ", ProjectNames.MemberRoles)}.");
}

using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>Field rules shared by the slices that write projects; the aggregate checks the same, these name the field.</summary>
public static class ProjectRules
{
    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Project.NameMaxLength)
            .Must(name => name is null || !name.Any(char.IsControl)).WithErrorCode(ProjectsErrors.NameInvalid.Code).WithMessage(ProjectsErrors.NameInvalid.Message);

    public static IRuleBuilderOptions<T, string?> ValidDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Project.DescriptionMaxLength);

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidTags<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(tags => tags is null || (tags.Count <= Project.MaxTags && tags.All(tag => tag is { Length: > 0 and <= Project.TagMaxLength }
                && tag.All(character => char.IsLetterOrDigit(character) || character is '-' or '_'))))
            .WithErrorCode(ProjectsErrors.TagsInvalid.Code).WithMessage(ProjectsErrors.TagsInvalid.Message);

    public static IRuleBuilderOptions<T, string?> ValidMemberRole<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(role => ProjectNames.RoleFrom(role) is { } parsed && parsed != ProjectRole.Owner)
            .WithErrorCode("member_role_invalid").WithMessage("The role must be one of: maintainer, member, viewer.");
}

using Platform.Domain.Projects;

namespace Platform.Application.Projects.CreateProject;

internal sealed class CreateProjectValidator : AbstractValidator<CreateProjectCommand>
{
    public CreateProjectValidator()
    {
        RuleFor(command => command.Key).Must(key => ProjectKey.Parse(key).IsSuccess)
            .WithErrorCode(ProjectsErrors.KeyInvalid.Code).WithMessage(ProjectsErrors.KeyInvalid.Message);
        RuleFor(command => command.Name).ValidName();
        RuleFor(command => command.Description).ValidDescription();
        RuleFor(command => command.Tags).ValidTags();
    }
}

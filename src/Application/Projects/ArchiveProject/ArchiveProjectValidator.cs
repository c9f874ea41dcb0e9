namespace Platform.Application.Projects.ArchiveProject;

internal sealed class ArchiveProjectValidator : AbstractValidator<ArchiveProjectCommand>
{
    public ArchiveProjectValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}

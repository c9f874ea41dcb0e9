namespace Platform.Application.Projects.DeleteProject;

internal sealed class DeleteProjectValidator : AbstractValidator<DeleteProjectCommand>
{
    public DeleteProjectValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}

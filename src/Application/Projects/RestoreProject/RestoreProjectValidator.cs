namespace Platform.Application.Projects.RestoreProject;

internal sealed class RestoreProjectValidator : AbstractValidator<RestoreProjectCommand>
{
    public RestoreProjectValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}

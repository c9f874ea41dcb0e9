namespace Platform.Application.Projects.PatchProject;

internal sealed class PatchProjectValidator : AbstractValidator<PatchProjectCommand>
{
    public PatchProjectValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Patch.Name).ValidName().When(command => command.Patch.HasName).OverridePropertyName("name");
        RuleFor(command => command.Patch.Description).ValidDescription().OverridePropertyName("description");
        RuleFor(command => command.Patch.Tags).ValidTags().OverridePropertyName("tags");
    }
}

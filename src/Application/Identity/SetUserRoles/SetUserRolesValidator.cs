namespace Platform.Application.Identity.SetUserRoles;

internal sealed class SetUserRolesValidator : AbstractValidator<SetUserRolesCommand>
{
    public SetUserRolesValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Roles).ValidRoles();
    }
}

namespace Platform.Application.Identity.CreateUser;

internal sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.Password).StrongPassword(commonPasswords);
        RuleFor(command => command.DisplayName).ValidDisplayName();
        RuleFor(command => command.Roles!).ValidRoles().When(command => command.Roles is not null);
        RuleFor(command => command.Locale).ValidLocale().When(command => command.Locale is not null);
        RuleFor(command => command.TimeZone).ValidTimeZone().When(command => command.TimeZone is not null);
    }
}

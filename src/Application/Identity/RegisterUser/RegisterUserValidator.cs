namespace Platform.Application.Identity.RegisterUser;

internal sealed class RegisterUserValidator : AbstractValidator<RegisterUserCommand>
{
    public RegisterUserValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.Password).StrongPassword(commonPasswords);
        RuleFor(command => command.DisplayName).ValidDisplayName();
    }
}

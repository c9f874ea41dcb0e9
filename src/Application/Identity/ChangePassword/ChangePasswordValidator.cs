namespace Platform.Application.Identity.ChangePassword;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(command => command.CurrentPassword).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        RuleFor(command => command.NewPassword)
            .StrongPassword(commonPasswords)
            .NotEqual(command => command.CurrentPassword)
            .WithErrorCode("password_unchanged")
            .WithMessage("The new password must differ from the current one.");
    }
}

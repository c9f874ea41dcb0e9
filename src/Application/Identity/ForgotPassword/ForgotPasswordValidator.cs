namespace Platform.Application.Identity.ForgotPassword;

internal sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordCommand>
{
    public ForgotPasswordValidator() => RuleFor(command => command.Email).ValidEmail();
}

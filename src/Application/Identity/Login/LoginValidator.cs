using Platform.Domain.Identity;

namespace Platform.Application.Identity.Login;

/// <summary>Only checks the shape: whether the credentials are right is the handler's answer, the same for every wrong pair.</summary>
internal sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(command => command.Email).NotEmpty().MaximumLength(Email.MaxLength);
        RuleFor(command => command.Password).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        RuleFor(command => command.Device).NotNull();
    }
}

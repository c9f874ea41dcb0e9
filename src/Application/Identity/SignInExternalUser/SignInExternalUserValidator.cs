using Platform.Domain.Identity;

namespace Platform.Application.Identity.SignInExternalUser;

internal sealed class SignInExternalUserValidator : AbstractValidator<SignInExternalUserCommand>
{
    public SignInExternalUserValidator()
    {
        RuleFor(command => command.Issuer).NotEmpty().MaximumLength(ExternalLogin.IssuerMaxLength);
        RuleFor(command => command.Subject).NotEmpty().MaximumLength(ExternalLogin.SubjectMaxLength);
    }
}

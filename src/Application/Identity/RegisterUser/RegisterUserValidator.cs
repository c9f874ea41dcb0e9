using FluentValidation;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.RegisterUser;

internal sealed class RegisterUserValidator : AbstractValidator<RegisterUserCommand>
{
    public RegisterUserValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(command => command.Email)
            .NotEmpty()
            .Must(email => Email.Create(email).IsSuccess)
            .WithErrorCode(IdentityErrors.EmailInvalid.Code)
            .WithMessage(IdentityErrors.EmailInvalid.Message);

        RuleFor(command => command.Password).StrongPassword(commonPasswords);

        RuleFor(command => command.DisplayName)
            .NotEmpty()
            .Must(name => DisplayName.Create(name).IsSuccess)
            .WithErrorCode(IdentityErrors.DisplayNameInvalid.Code)
            .WithMessage(IdentityErrors.DisplayNameInvalid.Message);
    }
}

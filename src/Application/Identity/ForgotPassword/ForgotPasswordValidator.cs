using FluentValidation;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.ForgotPassword;

internal sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordCommand>
{
    public ForgotPasswordValidator() =>
        RuleFor(command => command.Email)
            .NotEmpty()
            .Must(email => Email.Create(email).IsSuccess)
            .WithErrorCode(IdentityErrors.EmailInvalid.Code)
            .WithMessage(IdentityErrors.EmailInvalid.Message);
}

using FluentValidation;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.UpdateProfile;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileValidator()
    {
        RuleFor(command => command.DisplayName!)
            .Must(name => DisplayName.Create(name).IsSuccess)
            .WithErrorCode(IdentityErrors.DisplayNameInvalid.Code)
            .WithMessage(IdentityErrors.DisplayNameInvalid.Message)
            .When(command => command.DisplayName is not null);
        RuleFor(command => command.Locale)
            .Must(UserPreferences.IsLocale)
            .WithErrorCode(UserPreferences.LocaleInvalid.Code)
            .WithMessage(UserPreferences.LocaleInvalid.Message)
            .When(command => command.Locale is not null);
        RuleFor(command => command.TimeZone)
            .Must(UserPreferences.IsTimeZone)
            .WithErrorCode(UserPreferences.TimeZoneInvalid.Code)
            .WithMessage(UserPreferences.TimeZoneInvalid.Message)
            .When(command => command.TimeZone is not null);
    }
}

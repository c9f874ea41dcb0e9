using Platform.Application.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.UpdateProfile;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileValidator()
    {
        RuleFor(command => command.DisplayName!).ValidDisplayName().When(command => command.DisplayName is not null);
        RuleFor(command => command.Locale).ValidLocale().When(command => command.Locale is not null);
        RuleFor(command => command.TimeZone).ValidTimeZone().When(command => command.TimeZone is not null);
        RuleFor(command => command.WeightUnit).Must(unit => WeightUnitNames.From(unit) is not null)
            .WithErrorCode(UserPreferences.WeightUnitInvalid.Code).WithMessage(UserPreferences.WeightUnitInvalid.Message)
            .When(command => command.WeightUnit is not null);
    }
}

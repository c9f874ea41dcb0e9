using FluentValidation;

namespace Platform.Application.Identity.UpdateProfile;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileValidator()
    {
        RuleFor(command => command.DisplayName!).ValidDisplayName().When(command => command.DisplayName is not null);
        RuleFor(command => command.Locale).ValidLocale().When(command => command.Locale is not null);
        RuleFor(command => command.TimeZone).ValidTimeZone().When(command => command.TimeZone is not null);
    }
}

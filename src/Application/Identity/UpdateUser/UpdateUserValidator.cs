namespace Platform.Application.Identity.UpdateUser;

internal sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.DisplayName).ValidDisplayName();
        RuleFor(command => command.Locale).NotEmpty().ValidLocale();
        RuleFor(command => command.TimeZone).NotEmpty().ValidTimeZone();
    }
}

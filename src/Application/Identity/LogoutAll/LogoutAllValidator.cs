namespace Platform.Application.Identity.LogoutAll;

internal sealed class LogoutAllValidator : AbstractValidator<LogoutAllCommand>
{
    public LogoutAllValidator() => RuleFor(command => command.UserId).NotEmpty();
}

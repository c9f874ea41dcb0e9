namespace Platform.Application.Identity.Logout;

internal sealed class LogoutValidator : AbstractValidator<LogoutCommand>
{
    public LogoutValidator()
    {
        RuleFor(command => command.UserId).NotEmpty();
        RuleFor(command => command.SessionId).NotEmpty();
    }
}

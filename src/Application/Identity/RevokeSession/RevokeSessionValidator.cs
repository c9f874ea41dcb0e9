namespace Platform.Application.Identity.RevokeSession;

internal sealed class RevokeSessionValidator : AbstractValidator<RevokeSessionCommand>
{
    public RevokeSessionValidator()
    {
        RuleFor(command => command.SessionId).NotEmpty();
    }
}

namespace Platform.Application.Teams.AcceptApplication;

internal sealed class AcceptApplicationValidator : AbstractValidator<AcceptApplicationCommand>
{
    public AcceptApplicationValidator()
    {
        RuleFor(command => command.TeamId).NotEmpty();
        RuleFor(command => command.ApplicationId).NotEmpty();
    }
}

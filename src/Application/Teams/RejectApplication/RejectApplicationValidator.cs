namespace Platform.Application.Teams.RejectApplication;

internal sealed class RejectApplicationValidator : AbstractValidator<RejectApplicationCommand>
{
    public RejectApplicationValidator()
    {
        RuleFor(command => command.TeamId).NotEmpty();
        RuleFor(command => command.ApplicationId).NotEmpty();
    }
}

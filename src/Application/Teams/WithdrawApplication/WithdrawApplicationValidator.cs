namespace Platform.Application.Teams.WithdrawApplication;

internal sealed class WithdrawApplicationValidator : AbstractValidator<WithdrawApplicationCommand>
{
    public WithdrawApplicationValidator()
    {
        RuleFor(command => command.TeamId).NotEmpty();
        RuleFor(command => command.ApplicationId).NotEmpty();
    }
}

namespace Platform.Application.Tournaments.EnterTournament;

internal sealed class EnterTournamentValidator : AbstractValidator<EnterTournamentCommand>
{
    public EnterTournamentValidator() => RuleFor(command => command.TeamId).NotEmpty();
}

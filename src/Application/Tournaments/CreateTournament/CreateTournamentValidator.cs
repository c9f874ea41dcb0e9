namespace Platform.Application.Tournaments.CreateTournament;

internal sealed class CreateTournamentValidator : AbstractValidator<CreateTournamentCommand>
{
    public CreateTournamentValidator()
    {
        RuleFor(command => command.Name).ValidTournamentName();
        RuleFor(command => command.Sport).KnownSport();
        RuleFor(command => command.City).ValidCity();
        RuleFor(command => command.Settings).NotNull().SetValidator(new TournamentSettingsInputValidator()!);
    }
}

namespace Platform.Application.Tournaments.UpdateTournament;

internal sealed class UpdateTournamentValidator : AbstractValidator<UpdateTournamentCommand>
{
    public UpdateTournamentValidator()
    {
        RuleFor(command => command.Name).ValidTournamentName();
        RuleFor(command => command.City).ValidCity();
        RuleFor(command => command.Settings).NotNull().SetValidator(new TournamentSettingsInputValidator()!);
    }
}

namespace Platform.Application.Teams.CreateTeam;

internal sealed class CreateTeamValidator : AbstractValidator<CreateTeamCommand>
{
    public CreateTeamValidator()
    {
        RuleFor(command => command.Name).ValidTeamName();
        RuleFor(command => command.Sport).KnownSport();
        RuleFor(command => command.City).ValidCity();
        RuleFor(command => command.RosterLimit).ValidRosterLimit();
    }
}

namespace Platform.Application.Teams.UpdateTeam;

internal sealed class UpdateTeamValidator : AbstractValidator<UpdateTeamCommand>
{
    public UpdateTeamValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Name).ValidTeamName();
        RuleFor(command => command.Sport).KnownSport();
        RuleFor(command => command.City).ValidCity();
        RuleFor(command => command.RosterLimit).ValidRosterLimit();
    }
}

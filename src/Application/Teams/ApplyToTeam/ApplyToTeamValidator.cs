using Platform.Domain.Teams;

namespace Platform.Application.Teams.ApplyToTeam;

internal sealed class ApplyToTeamValidator : AbstractValidator<ApplyToTeamCommand>
{
    public ApplyToTeamValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
        RuleFor(command => command.Message).MaximumLength(TeamApplication.MessageMaxLength);
    }
}

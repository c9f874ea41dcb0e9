
namespace Platform.Application.Teams.DeleteTeam;

internal sealed class DeleteTeamValidator : AbstractValidator<DeleteTeamCommand>
{
    public DeleteTeamValidator()
    {
        RuleFor(command => command.Id).NotEmpty();
    }
}

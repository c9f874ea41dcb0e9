using Platform.Domain.Teams;

namespace Platform.Application.Teams.DeleteTeam;

/// <summary>Deletes a team, its roster and its applications, if the caller captains it.</summary>
public sealed record DeleteTeamCommand(Guid Id, Guid UserId) : ICommand<Unit>;

internal sealed class DeleteTeamHandler(ITeamRepository teams)
    : IRequestHandler<DeleteTeamCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteTeamCommand request, CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(request.Id, cancellationToken);
        if (team is null)
        {
            return TeamsErrors.NotFound;
        }

        var deleted = team.Delete(request.UserId);
        if (!deleted.IsSuccess)
        {
            return deleted.Error;
        }

        teams.Remove(team);
        return Unit.Value;
    }
}

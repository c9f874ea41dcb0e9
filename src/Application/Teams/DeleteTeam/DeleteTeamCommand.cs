using Platform.Application.Teams.Contracts;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.DeleteTeam;

/// <summary>
/// Deletes a team, its roster and its applications, if the caller captains it and it plays in no running tournament;
/// its entries in tournaments not started yet are withdrawn, its open friendlies cancelled, its played matches kept.
/// </summary>
public sealed record DeleteTeamCommand(Guid Id, Guid UserId) : ICommand<Unit>;

internal sealed class DeleteTeamHandler(ITeamRepository teams, ITeamCommitments commitments)
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

        if (await commitments.PlaysInRunningTournamentAsync(team.Id, cancellationToken))
        {
            return TeamsErrors.InActiveTournament;
        }

        teams.Remove(team);
        return Unit.Value;
    }
}

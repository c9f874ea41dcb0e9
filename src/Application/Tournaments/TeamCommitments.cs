using Platform.Application.Common.Events;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Teams;

namespace Platform.Application.Tournaments;

/// <summary>
/// The Tournaments module's side of a team's deletion: it answers the Teams module's <see cref="ITeamCommitments"/>
/// (a team in a running tournament stays), and withdraws the deleted team's entries from tournaments not started yet,
/// in the deleting transaction, so their seeds close up and their waitlists move up.
/// </summary>
internal sealed class TeamCommitments(ITournamentRepository tournaments, TimeProvider clock) : ITeamCommitments, IInTransactionHandler<TeamDeleted>
{
    public Task<bool> PlaysInRunningTournamentAsync(Guid teamId, CancellationToken cancellationToken) =>
        tournaments.HasTeamInProgressAsync(teamId, cancellationToken);

    public async Task HandleAsync(TeamDeleted domainEvent, CancellationToken cancellationToken)
    {
        foreach (var tournament in await tournaments.ListOpenWithEntryOfAsync(domainEvent.TeamId, cancellationToken))
        {
            tournament.WithdrawDeletedTeam(domainEvent.TeamId, clock.GetUtcNow());
        }
    }
}

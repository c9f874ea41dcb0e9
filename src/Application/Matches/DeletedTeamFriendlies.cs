using Platform.Application.Common.Events;
using Platform.Domain.Teams;

namespace Platform.Application.Matches;

/// <summary>
/// A deleted team's friendlies not yet decided are cancelled in the deleting transaction (the other captain is not left
/// waiting for an answer that cannot come); its decided matches stay in the other team's history, its side empty.
/// </summary>
internal sealed class DeletedTeamFriendlies(IMatchRepository matches, TimeProvider clock) : IInTransactionHandler<TeamDeleted>
{
    public async Task HandleAsync(TeamDeleted domainEvent, CancellationToken cancellationToken)
    {
        foreach (var match in await matches.ListOpenFriendliesOfAsync(domainEvent.TeamId, cancellationToken))
        {
            match.CancelForDeletedTeam(domainEvent.TeamId, domainEvent.ActorId, clock.GetUtcNow());
        }
    }
}

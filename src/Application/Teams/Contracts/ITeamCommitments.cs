namespace Platform.Application.Teams.Contracts;

/// <summary>
/// What the Teams module needs to know of a team's commitments elsewhere before it deletes it: whether it plays in a
/// running tournament. The Tournaments module answers it, so teams do not depend on tournaments.
/// </summary>
public interface ITeamCommitments
{
    Task<bool> PlaysInRunningTournamentAsync(Guid teamId, CancellationToken cancellationToken);
}

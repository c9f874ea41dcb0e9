using Platform.Domain.Teams;

namespace Platform.Application.Teams.Contracts;

/// <summary>What other modules may know of a team: the Teams module's published contract.</summary>
public interface ITeamDirectory
{
    /// <summary>The refusal of a request that names a team there is no such team for.</summary>
    static Error TeamNotFound => TeamsErrors.NotFound;

    /// <summary>The team's card, or null when there is no such team.</summary>
    Task<TeamCard?> FindAsync(Guid teamId, CancellationToken cancellationToken);
}

/// <summary>A team as other modules see it.</summary>
/// <param name="Id">The team.</param>
/// <param name="Name">Its name.</param>
/// <param name="Sport">Its sport's code.</param>
/// <param name="CaptainId">Who acts for it.</param>
/// <param name="MemberIds">Its roster, the captain included.</param>
public sealed record TeamCard(Guid Id, string Name, string Sport, Guid CaptainId, IReadOnlySet<Guid> MemberIds)
{
    internal static TeamCard Of(Team team) =>
        new(team.Id, team.Name, team.Sport, team.CaptainId, team.Members.Select(member => member.UserId).ToHashSet());
}

internal sealed class TeamDirectory(ITeamRepository teams) : ITeamDirectory
{
    public async Task<TeamCard?> FindAsync(Guid teamId, CancellationToken cancellationToken) =>
        await teams.FindAsync(teamId, cancellationToken) is { } team ? TeamCard.Of(team) : null;
}

using Mapster;
using Platform.Domain.Teams;

namespace Platform.Application.Teams;

/// <summary>A player's profile with what the account and the rosters add to it, mapped to <see cref="PlayerResponse"/>.</summary>
internal sealed record PlayerView(PlayerProfile Profile, string DisplayName, IReadOnlyList<PlayerTeam> Teams);

internal sealed class PlayerMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<PlayerView, PlayerResponse>()
            .Map(response => response.UserId, view => view.Profile.UserId)
            .Map(response => response.Sports, view => view.Profile.Sports)
            .Map(response => response.Positions, view => view.Profile.Positions)
            .Map(response => response.City, view => view.Profile.City)
            .Map(response => response.UpdatedAt, view => view.Profile.UpdatedAt)
            .Map(response => response.Version, view => view.Profile.Version);
}

/// <summary>Reads a player: the saved profile or the empty one, the account's name and the teams they are on.</summary>
internal static class PlayerLookup
{
    /// <summary>The player, or null when there is no such account.</summary>
    public static async Task<PlayerView?> FindAsync(
        IPlayerProfileRepository profiles, ITeamRepository teams, Identity.Contracts.IUserDirectory users, Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(userId, cancellationToken) is not { } account)
        {
            return null;
        }

        var profile = await profiles.FindAsync(userId, cancellationToken) ?? PlayerProfile.EmptyFor(userId);
        return new PlayerView(profile, account.DisplayName, await teams.ListForPlayerAsync(userId, cancellationToken));
    }
}

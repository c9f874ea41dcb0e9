using MapsterMapper;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.GetPlayer;

/// <summary>
/// A player as every signed-in user sees them: their profile (empty when never saved), name and teams. Not cached: the
/// name and the rosters change in other places.
/// </summary>
public sealed record GetPlayerQuery(Guid UserId) : IQuery<PlayerResponse>;

internal sealed class GetPlayerHandler(IPlayerProfileRepository profiles, ITeamRepository teams, IUserDirectory users, IMapper mapper)
    : IRequestHandler<GetPlayerQuery, Result<PlayerResponse>>
{
    public async Task<Result<PlayerResponse>> Handle(GetPlayerQuery request, CancellationToken cancellationToken) =>
        await PlayerLookup.FindAsync(profiles, teams, users, request.UserId, cancellationToken) is { } player
            ? mapper.Map<PlayerResponse>(player)
            : TeamsErrors.PlayerNotFound;
}

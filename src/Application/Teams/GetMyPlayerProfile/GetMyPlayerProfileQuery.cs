using MapsterMapper;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.GetMyPlayerProfile;

/// <summary>The caller as a player: their profile (empty at version 0 until first saved), name and teams.</summary>
public sealed record GetMyPlayerProfileQuery(Guid UserId) : IQuery<PlayerResponse>;

internal sealed class GetMyPlayerProfileHandler(IPlayerProfileRepository profiles, ITeamRepository teams, IUserDirectory users, IMapper mapper)
    : IRequestHandler<GetMyPlayerProfileQuery, Result<PlayerResponse>>
{
    public async Task<Result<PlayerResponse>> Handle(GetMyPlayerProfileQuery request, CancellationToken cancellationToken) =>
        await PlayerLookup.FindAsync(profiles, teams, users, request.UserId, cancellationToken) is { } player
            ? mapper.Map<PlayerResponse>(player)
            : TeamsErrors.PlayerNotFound;
}

using MapsterMapper;
using Platform.Application.Identity.Contracts;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.UpdateMyPlayerProfile;

/// <summary>Replaces the caller's sports, positions and city, if their copy (<see cref="ExpectedVersion"/>, from If-Match) is current.</summary>
public sealed record UpdateMyPlayerProfileCommand(IReadOnlyList<string>? Sports, IReadOnlyList<string>? Positions, string? City) : ICommand<PlayerResponse>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }

    /// <summary>The version the caller's copy has (0 for the profile never saved), set by the endpoint from If-Match.</summary>
    public required long ExpectedVersion { get; init; }
}

internal sealed class UpdateMyPlayerProfileHandler(IPlayerProfileRepository profiles, ITeamRepository teams, IUserDirectory users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateMyPlayerProfileCommand, Result<PlayerResponse>>
{
    public async Task<Result<PlayerResponse>> Handle(UpdateMyPlayerProfileCommand request, CancellationToken cancellationToken)
    {
        if (await PlayerLookup.FindAsync(profiles, teams, users, request.UserId, cancellationToken) is not { } player)
        {
            return TeamsErrors.PlayerNotFound;
        }

        var profile = player.Profile;
        if (!profile.IsAtVersion(request.ExpectedVersion))
        {
            return TeamsErrors.ProfileVersionMismatch;
        }

        var neverSaved = profile.Version == 0;
        var updated = profile.Update(request.Sports, request.Positions, request.City, clock.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        if (neverSaved)
        {
            profiles.Add(profile);
        }

        return mapper.Map<PlayerResponse>(player);
    }
}

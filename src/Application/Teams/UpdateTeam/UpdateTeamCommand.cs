using MapsterMapper;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.UpdateTeam;

/// <summary>Replaces a team's details, if the caller captains it and their copy (<see cref="ExpectedVersion"/>, from If-Match) is current.</summary>
public sealed record UpdateTeamCommand(string? Name, string? Sport, string? City, bool Recruiting, int? RosterLimit) : ICommand<TeamResponse>
{
    /// <summary>The team, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }

    /// <summary>The version the caller's copy has, set by the endpoint from If-Match.</summary>
    public required long ExpectedVersion { get; init; }
}

internal sealed class UpdateTeamHandler(ITeamRepository teams, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateTeamCommand, Result<TeamResponse>>
{
    public async Task<Result<TeamResponse>> Handle(UpdateTeamCommand request, CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(request.Id, cancellationToken);
        if (team is null)
        {
            return TeamsErrors.NotFound;
        }

        if (!team.IsCaptain(request.UserId))
        {
            return TeamsErrors.PermissionDenied;
        }

        if (!team.IsAtVersion(request.ExpectedVersion))
        {
            return TeamsErrors.VersionMismatch;
        }

        var updated = team.Update(request.UserId, new TeamDetails(request.Name, request.Sport, request.City, request.Recruiting, request.RosterLimit), clock.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        if (await teams.NameTakenAsync(team.Sport, team.NameKey, team.Id, cancellationToken))
        {
            return TeamsErrors.NameTaken;
        }

        return mapper.Map<TeamResponse>(team);
    }
}

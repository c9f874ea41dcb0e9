using MapsterMapper;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.CreateTeam;

/// <summary>Creates a team whose captain and first member is the caller.</summary>
public sealed record CreateTeamCommand(string? Name, string? Sport, string? City, bool Recruiting, int? RosterLimit) : ICommand<TeamResponse>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid CaptainId { get; init; }
}

internal sealed class CreateTeamHandler(ITeamRepository teams, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateTeamCommand, Result<TeamResponse>>
{
    public async Task<Result<TeamResponse>> Handle(CreateTeamCommand request, CancellationToken cancellationToken)
    {
        var created = Team.Create(request.CaptainId, new TeamDetails(request.Name, request.Sport, request.City, request.Recruiting, request.RosterLimit), clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        var team = created.Value;
        if (await teams.NameTakenAsync(team.Sport, team.NameKey, exceptTeamId: null, cancellationToken))
        {
            return TeamsErrors.NameTaken;
        }

        teams.Add(team);
        return mapper.Map<TeamResponse>(team);
    }
}

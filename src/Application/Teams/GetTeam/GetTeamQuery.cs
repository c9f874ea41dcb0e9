using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.GetTeam;

/// <summary>One team, whoever captains it: every signed-in user reads every one.</summary>
public sealed record GetTeamQuery(Guid Id) : ICachedQuery<TeamResponse>
{
    public string CacheKey => $"teams:GetTeam:{Id:N}";

    public IReadOnlyCollection<string> CacheTags => [TeamsCacheTags.For(Id)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class GetTeamHandler(ITeamRepository teams, IMapper mapper)
    : IRequestHandler<GetTeamQuery, Result<TeamResponse>>
{
    public async Task<Result<TeamResponse>> Handle(GetTeamQuery request, CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(request.Id, cancellationToken);
        if (team is null)
        {
            return TeamsErrors.NotFound;
        }

        return mapper.Map<TeamResponse>(team);
    }
}

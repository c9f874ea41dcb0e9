using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Paging;

namespace Platform.Application.Teams.ListTeams;

/// <summary>
/// Every team, whoever captains it, newest first, one page at a time: optionally those whose name contains
/// <paramref name="Name"/>, of a sport, in a city (names and cities in any case) or recruiting or not.
/// </summary>
public sealed record ListTeamsQuery(string? Name, string? Sport, string? City, bool? Recruiting, int Page, int PageSize) : ICachedQuery<PagedList<TeamResponse>>
{
    public string CacheKey => $"teams:ListTeams:{Name?.Trim().ToUpperInvariant()}:{Sport}:{City?.Trim().ToUpperInvariant()}:{Recruiting}:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags => [TeamsCacheTags.List];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class ListTeamsHandler(ITeamRepository teams, IMapper mapper)
    : IRequestHandler<ListTeamsQuery, Result<PagedList<TeamResponse>>>
{
    public async Task<Result<PagedList<TeamResponse>>> Handle(ListTeamsQuery request, CancellationToken cancellationToken)
    {
        var filter = new TeamFilter(request.Name, request.Sport, request.City, request.Recruiting);
        var page = await teams.ListAsync(filter, request.Page, request.PageSize, cancellationToken);
        return page.Map(mapper.Map<TeamResponse>);
    }
}

using MapsterMapper;
using Platform.Application.Common.Paging;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.ListTournamentMatches;

/// <summary>
/// A tournament's matches in bracket order (side, round, number), optionally of a round and a status, a page at a
/// time; reports only for the two teams' members and the organisers.
/// </summary>
public sealed record ListTournamentMatchesQuery(Guid TournamentId, int? Round, string? Status, int Page, int PageSize, Guid UserId, bool IsModerator)
    : IQuery<PagedList<MatchResponse>>;

internal sealed class ListTournamentMatchesHandler(
    IMatchRepository matches, ITeamDirectory teams, ICompetitions competitions, IPlaygroundDirectory playgrounds, IMapper mapper)
    : IRequestHandler<ListTournamentMatchesQuery, Result<PagedList<MatchResponse>>>
{
    public async Task<Result<PagedList<MatchResponse>>> Handle(ListTournamentMatchesQuery request, CancellationToken cancellationToken)
    {
        if (!await competitions.ExistsAsync(request.TournamentId, cancellationToken))
        {
            return MatchesErrors.TournamentNotFound;
        }

        var status = MatchNames.StatusFrom(request.Status);
        var all = (await matches.ListOfTournamentAsync(request.TournamentId, cancellationToken))
            .Where(match => (request.Round is null || match.Round == request.Round) && (status is null || match.Status == status))
            .ToList();
        var page = all.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var audience = new MatchAudience(teams, competitions, playgrounds, request.UserId, request.IsModerator);
        var items = new List<MatchResponse>(page.Count);
        foreach (var match in page)
        {
            items.Add(await audience.ViewAsync(mapper, match, cancellationToken));
        }

        return new PagedList<MatchResponse>(items, request.Page, request.PageSize, all.Count);
    }
}

using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.GetMatch;

/// <summary>One match; its report only for the two teams' members and whoever settles it: moderators for a friendly, the organisers for a tournament's match.</summary>
public sealed record GetMatchQuery(Guid Id, Guid UserId, bool IsModerator) : IQuery<MatchResponse>;

internal sealed class GetMatchHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, ICompetitions competitions, IMapper mapper)
    : IRequestHandler<GetMatchQuery, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(GetMatchQuery request, CancellationToken cancellationToken)
    {
        return await matches.FindAsync(request.Id, cancellationToken) is { } match
            ? await new MatchAudience(teams, competitions, playgrounds, request.UserId, request.IsModerator).ViewAsync(mapper, match, cancellationToken)
            : MatchesErrors.NotFound;
    }
}

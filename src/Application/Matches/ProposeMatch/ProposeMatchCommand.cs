using MapsterMapper;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.ProposeMatch;

/// <summary>The home team's captain proposes a friendly; the away team's captain accepts or declines it.</summary>
public sealed record ProposeMatchCommand(Guid HomeTeamId, Guid AwayTeamId, Guid? PlaygroundId, DateTimeOffset? ScheduledAt, int? DurationMinutes) : ICommand<MatchResponse>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class ProposeMatchHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ProposeMatchCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(ProposeMatchCommand request, CancellationToken cancellationToken)
    {
        if (await MatchParties.LoadAsync(teams, request.HomeTeamId, request.AwayTeamId, cancellationToken) is not { Home: { } home, Away: { } away })
        {
            return MatchesErrors.TeamNotFound;
        }

        var proposed = Match.Propose(MatchParties.SideOf(home), MatchParties.SideOf(away), request.UserId, request.PlaygroundId,
            request.ScheduledAt!.Value, request.DurationMinutes!.Value, clock.GetUtcNow());
        if (!proposed.IsSuccess)
        {
            return proposed.Error;
        }

        var booked = await MatchLookup.BookAsync(playgrounds, matches, request.PlaygroundId, request.ScheduledAt.Value, request.DurationMinutes.Value, null, cancellationToken);
        if (!booked.IsSuccess)
        {
            return booked.Error;
        }

        matches.Add(proposed.Value);
        return mapper.MapFor(proposed.Value, booked.Value, seesReport: true);
    }
}

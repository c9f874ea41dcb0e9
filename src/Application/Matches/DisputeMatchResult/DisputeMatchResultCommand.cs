using MapsterMapper;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;

namespace Platform.Application.Matches.DisputeMatchResult;

/// <summary>The other side's captain disputes the reported result: nothing advances until a decision.</summary>
public sealed record DisputeMatchResultCommand(string? Reason) : ICommand<MatchResponse>
{
    /// <summary>The match, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class DisputeMatchResultHandler(IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, TimeProvider clock, IMapper mapper)
    : IRequestHandler<DisputeMatchResultCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(DisputeMatchResultCommand request, CancellationToken cancellationToken)
    {
        var found = await MatchLookup.FindAsync(matches, teams, request.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (match, parties) = found.Value;
        var disputed = match.Dispute(parties.ActingSideOf(match, request.UserId), request.UserId, request.Reason, clock.GetUtcNow());
        return disputed.IsSuccess ? mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport: true) : disputed.Error;
    }
}

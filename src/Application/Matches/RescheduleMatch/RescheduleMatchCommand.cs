using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Application.Teams.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.RescheduleMatch;

/// <summary>
/// Either captain moves a proposed or scheduled friendly, and the other side must accept again; a tournament's
/// organisers set the kickoff of its pending or ready matches, which needs no acceptance.
/// </summary>
public sealed record RescheduleMatchCommand(Guid? PlaygroundId, DateTimeOffset? ScheduledAt, int? DurationMinutes) : ICommand<MatchResponse>
{
    /// <summary>The match, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class RescheduleMatchHandler(
    IMatchRepository matches, ITeamDirectory teams, IPlaygroundDirectory playgrounds, ICompetitions competitions, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RescheduleMatchCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(RescheduleMatchCommand request, CancellationToken cancellationToken)
    {
        var found = await MatchLookup.FindAsync(matches, teams, request.Id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (match, parties) = found.Value;
        if (match.TournamentId is not null && !await MatchLookup.DecidesAsync(competitions, match, request.UserId, isModerator: false, cancellationToken))
        {
            return MatchesErrors.PermissionDenied;
        }

        var moved = match.TournamentId is null
            ? match.Reschedule(parties.ActingSideOf(match, request.UserId), request.UserId, request.PlaygroundId, request.ScheduledAt!.Value, request.DurationMinutes!.Value, clock.GetUtcNow())
            : match.SetKickoff(request.UserId, request.PlaygroundId, request.ScheduledAt!.Value, request.DurationMinutes!.Value, clock.GetUtcNow());
        if (!moved.IsSuccess)
        {
            return moved.Error;
        }

        var booked = await MatchLookup.BookAsync(playgrounds, matches, request.PlaygroundId, request.ScheduledAt.Value, request.DurationMinutes.Value, match.Id, cancellationToken);
        return booked.IsSuccess ? mapper.MapFor(match, booked.Value, seesReport: true) : booked.Error;
    }
}

using MapsterMapper;
using Platform.Application.Matches.Contracts;
using Platform.Application.Playgrounds.Contracts;
using Platform.Domain.Matches;

namespace Platform.Application.Matches.ReviseMatchResult;

/// <summary>
/// Someone who decides (a tournament's organiser; a moderator for a friendly) edits a decided match's result, with a
/// reason, if their copy is current. The same winner is applied at once. A new winner whose later matches already have
/// reports or results is refused, naming them, unless <see cref="Cascade"/>: then they are reset, and the tournament
/// advances again from the results that stand.
/// </summary>
public sealed record ReviseMatchResultCommand(int? HomeScore, int? AwayScore, Guid? WinnerTeamId, string? DecidedBy, string? Reason) : ICommand<MatchResponse>
{
    /// <summary>The match, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }

    /// <summary>Whether the caller has the moderator role, set by the endpoint from the access token.</summary>
    public required bool IsModerator { get; init; }

    /// <summary>The version the caller's copy has, set by the endpoint from If-Match.</summary>
    public required long ExpectedVersion { get; init; }

    /// <summary>Reset the later matches a new winner changes, set by the endpoint from the query.</summary>
    public required bool Cascade { get; init; }
}

internal sealed class ReviseMatchResultHandler(IMatchRepository matches, IPlaygroundDirectory playgrounds, ICompetitions competitions, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ReviseMatchResultCommand, Result<MatchResponse>>
{
    public async Task<Result<MatchResponse>> Handle(ReviseMatchResultCommand request, CancellationToken cancellationToken)
    {
        if (await matches.FindAsync(request.Id, cancellationToken) is not { } match)
        {
            return MatchesErrors.NotFound;
        }

        if (!await MatchLookup.DecidesAsync(competitions, match, request.UserId, request.IsModerator, cancellationToken))
        {
            return MatchesErrors.PermissionDenied;
        }

        if (!match.IsAtVersion(request.ExpectedVersion))
        {
            return MatchesErrors.VersionMismatch;
        }

        var result = MatchRules.ResultOf(match, request.HomeScore, request.AwayScore, request.WinnerTeamId, request.DecidedBy);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        if (match is { IsDecided: true, TournamentId: { } tournamentId } && result.Value.WinnerTeamId != match.WinnerTeamId && !request.Cascade
            && await competitions.AffectedByNewWinnerAsync(tournamentId, match.Id, cancellationToken) is { Count: > 0 } affected)
        {
            return MatchesErrors.DownstreamAffected with { Details = new Dictionary<string, object?> { ["affectedMatchIds"] = affected } };
        }

        var revised = match.Revise(request.UserId, result.Value, request.Reason, clock.GetUtcNow());
        return revised.IsSuccess ? mapper.MapFor(match, await MatchLookup.ZoneOfAsync(playgrounds, match, cancellationToken), seesReport: true) : revised.Error;
    }
}

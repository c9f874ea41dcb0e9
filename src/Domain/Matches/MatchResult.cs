namespace Platform.Domain.Matches;

/// <summary>
/// A score and who won it: the higher score wins; a tied score is a draw unless it names the winner and was decided in
/// extra time or on penalties. Scores are 0 to 999.
/// </summary>
public sealed record MatchResult(int HomeScore, int AwayScore, Guid? WinnerTeamId, DecidedBy DecidedBy)
{
    public const int MaxScore = 999;

    public bool IsDraw => WinnerTeamId is null;

    /// <summary>The result a report names, or why it cannot be one (for a match between these two teams).</summary>
    public static Result<MatchResult> Of(int homeScore, int awayScore, Guid? winnerTeamId, DecidedBy decidedBy, Guid homeTeamId, Guid awayTeamId, bool drawAllowed)
    {
        if (homeScore is < 0 or > MaxScore || awayScore is < 0 or > MaxScore)
        {
            return MatchesErrors.ScoreInvalid;
        }

        if (winnerTeamId is { } named && named != homeTeamId && named != awayTeamId)
        {
            return MatchesErrors.WinnerNotInMatch;
        }

        if (homeScore != awayScore)
        {
            var winner = homeScore > awayScore ? homeTeamId : awayTeamId;
            return winnerTeamId is null || winnerTeamId == winner
                ? new MatchResult(homeScore, awayScore, winner, decidedBy)
                : MatchesErrors.WinnerNotHigherScore;
        }

        if (winnerTeamId is null)
        {
            return drawAllowed && decidedBy == DecidedBy.Regular ? new MatchResult(homeScore, awayScore, null, decidedBy) : MatchesErrors.DrawNotAllowed;
        }

        return decidedBy == DecidedBy.Regular ? MatchesErrors.DrawNotAllowed : new MatchResult(homeScore, awayScore, winnerTeamId, decidedBy);
    }
}

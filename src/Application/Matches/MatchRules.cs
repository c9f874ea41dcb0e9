using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>Field rules the match slices share.</summary>
public static class MatchRules
{
    public static IRuleBuilderOptions<T, string?> ValidDecidedBy<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(way => way is null || MatchNames.DecidedByFrom(way) is not null)
            .WithErrorCode("decided_by_invalid").WithMessage($"decidedBy is one of: {string.Join(", ", MatchNames.DecidedBy)}.");

    /// <summary>
    /// The result a validated report or decision names for this match (friendlies, round robin and Swiss may end level);
    /// a tournament match whose sides are not both known yet takes none.
    /// </summary>
    public static Result<MatchResult> ResultOf(Match match, int? homeScore, int? awayScore, Guid? winnerTeamId, string? decidedBy) =>
        match is { HomeTeamId: { } home, AwayTeamId: { } away }
            ? MatchResult.Of(homeScore!.Value, awayScore!.Value, winnerTeamId, MatchNames.DecidedByFrom(decidedBy ?? "regular")!.Value, home, away, match.DrawAllowed)
            : MatchesErrors.NotReportable;

    public static IRuleBuilderOptions<T, string?> ValidReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Match.ReasonMaxLength);
}

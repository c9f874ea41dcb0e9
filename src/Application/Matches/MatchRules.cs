using Platform.Domain.Matches;

namespace Platform.Application.Matches;

/// <summary>Field rules the match slices share.</summary>
public static class MatchRules
{
    public static IRuleBuilderOptions<T, string?> ValidDecidedBy<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(way => way is null || MatchNames.DecidedByFrom(way) is not null)
            .WithErrorCode("decided_by_invalid").WithMessage($"decidedBy is one of: {string.Join(", ", MatchNames.DecidedBy)}.");

    /// <summary>The result a validated report or decision names for this match (a friendly may end level).</summary>
    public static Result<MatchResult> ResultOf(Match match, int? homeScore, int? awayScore, Guid? winnerTeamId, string? decidedBy) =>
        MatchResult.Of(homeScore!.Value, awayScore!.Value, winnerTeamId, MatchNames.DecidedByFrom(decidedBy ?? "regular")!.Value,
            match.HomeTeamId, match.AwayTeamId, drawAllowed: true);

    public static IRuleBuilderOptions<T, string?> ValidReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Match.ReasonMaxLength);
}

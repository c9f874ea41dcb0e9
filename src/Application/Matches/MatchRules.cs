namespace Platform.Application.Matches;

/// <summary>Field rules the match slices share.</summary>
public static class MatchRules
{
    public static IRuleBuilderOptions<T, string?> ValidDecidedBy<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(way => way is null || MatchNames.DecidedByFrom(way) is not null)
            .WithErrorCode("decided_by_invalid").WithMessage($"decidedBy is one of: {string.Join(", ", MatchNames.DecidedBy)}.");

    public static IRuleBuilderOptions<T, string?> ValidReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Domain.Matches.Match.ReasonMaxLength);
}

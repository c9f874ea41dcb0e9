namespace Platform.Application.Matches.ListMatches;

internal sealed class ListMatchesValidator : AbstractValidator<ListMatchesQuery>
{
    public const int MaxLimit = 100;

    public ListMatchesValidator()
    {
        RuleFor(query => query.TeamId).NotEqual(Guid.Empty);
        RuleFor(query => query.Status).Must(status => status is null || MatchNames.StatusFrom(status) is not null)
            .WithErrorCode("match_status_invalid").WithMessage($"status is one of: {string.Join(", ", MatchNames.Statuses)}.");
        RuleFor(query => query.To).GreaterThan(query => query.From).When(query => query.From is not null && query.To is not null);
        RuleFor(query => query.Cursor).MaximumLength(64).Must(cursor => cursor is null || MatchCursor.Decode(cursor) is not null)
            .WithErrorCode("cursor_invalid").WithMessage("The cursor is not one this list gave.");
        RuleFor(query => query.Limit).InclusiveBetween(1, MaxLimit);
    }
}

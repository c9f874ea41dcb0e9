using Platform.Domain.Community;
using Platform.Domain.Teams;

namespace Platform.Application.Teams;

/// <summary>
/// Field rules shared by the slices that write teams and profiles. Built-in rules where they say it (the OpenAPI schema
/// shows them), the Domain's own predicate where not; the aggregate checks again.
/// </summary>
public static class TeamRules
{
    public static IRuleBuilderOptions<T, string?> ValidTeamName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Team.NameMaxLength);

    public static IRuleBuilderOptions<T, string?> KnownSport<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Sports.IsKnown).WithErrorCode(TeamsErrors.SportUnknown.Code).WithMessage(TeamsErrors.SportUnknown.Message);

    public static IRuleBuilderOptions<T, string?> ValidCity<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(CommunityText.CityMaxLength);

    /// <summary>Text without control characters (a NUL never reaches a query), not only spaces.</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || CommunityText.Clean(text, int.MaxValue) is not null)
            .WithErrorCode("text_invalid").WithMessage("Text must not be blank or hold control characters.");

    /// <summary>Absent, or one of <see cref="ApplicationStatuses.All"/>.</summary>
    public static IRuleBuilderOptions<T, string?> ApplicationStatus<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(status => status is null || ApplicationStatuses.From(status) is not null)
            .WithErrorCode("application_status_invalid").WithMessage($"The status must be one of: {string.Join(", ", ApplicationStatuses.All)}.");

    public static IRuleBuilderOptions<T, int?> ValidRosterLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, Team.MaxRosterLimit);
}

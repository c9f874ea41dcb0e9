using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments;

/// <summary>How a tournament is to be played, as a client writes it; absent values take their defaults.</summary>
/// <param name="Format">single_elimination, double_elimination, round_robin or swiss.</param>
/// <param name="Capacity">The most entries in the field: 2 to 1,024, 16 when absent.</param>
/// <param name="MinimumRoster">The fewest players an entering team has: 1 to 100, 1 when absent.</param>
/// <param name="ConfirmationWindowHours">How long a report waits for the other side: 1 to 168 hours, 24 when absent.</param>
/// <param name="ThirdPlaceMatch">Single elimination only: a match for third place (needs 4 entrants).</param>
/// <param name="GrandFinal">Double elimination only: reset (the default) or single.</param>
/// <param name="DoubleRoundRobin">Round robin only: every pair meets twice.</param>
/// <param name="Rounds">Swiss only, and required there: 1 to entrants - 1.</param>
/// <param name="Points">Points for a win, draw, loss and bye (3, 1, 0, 3 when absent), each -100 to 100.</param>
/// <param name="TieBreaks">Round robin and Swiss: buchholz, sonneborn_berger, head_to_head in the order they apply.</param>
public sealed record TournamentSettingsInput(
    string? Format,
    int? Capacity = null,
    int? MinimumRoster = null,
    int? ConfirmationWindowHours = null,
    bool? ThirdPlaceMatch = null,
    string? GrandFinal = null,
    bool? DoubleRoundRobin = null,
    int? Rounds = null,
    TournamentPoints? Points = null,
    IReadOnlyList<string>? TieBreaks = null)
{
    public const int DefaultCapacity = 16;
    public const int DefaultConfirmationWindowHours = 24;

    /// <summary>The settings these name (their names already validated), or why they cannot be, fields named as in the body (<c>settings.rounds</c>).</summary>
    public Result<TournamentSettings> ToSettings()
    {
        var settings = Create();
        return settings is { IsSuccess: false, Error.FieldErrors: { } fields }
            ? Error.Validation(fields.ToDictionary(field => $"settings.{field.Key}", field => field.Value))
            : settings;
    }

    private Result<TournamentSettings> Create() =>
        TournamentSettings.Create(
            TournamentNames.From<TournamentFormat>(Format)!.Value,
            Capacity ?? DefaultCapacity,
            MinimumRoster ?? 1,
            TimeSpan.FromHours(ConfirmationWindowHours ?? DefaultConfirmationWindowHours),
            ThirdPlaceMatch ?? false,
            TournamentNames.GrandFinalFrom(GrandFinal ?? "reset")!.Value,
            DoubleRoundRobin ?? false,
            Rounds,
            Points is null ? null : new PointSystem(Points.Win, Points.Draw, Points.Loss, Points.Bye),
            TieBreaks is null ? null : [.. TieBreaks.Select(name => TournamentNames.From<TieBreak>(name)!.Value)]);
}

/// <summary>Field rules the tournament slices share; the aggregate and <see cref="TournamentSettings"/> check again.</summary>
public static class TournamentRules
{
    public static IRuleBuilderOptions<T, string?> ValidTournamentName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Tournament.NameMaxLength);

    public static IRuleBuilderOptions<T, string?> KnownSport<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Sports.IsKnown).WithErrorCode(CommunityErrors.SportUnknown.Code).WithMessage(CommunityErrors.SportUnknown.Message);

    public static IRuleBuilderOptions<T, string?> ValidCity<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(CommunityText.CityMaxLength);

    /// <summary>Absent, or one of <see cref="TournamentNames.States"/>.</summary>
    public static IRuleBuilderOptions<T, string?> ValidState<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(state => state is null || TournamentNames.From<TournamentState>(state) is not null)
            .WithErrorCode("tournament_state_invalid").WithMessage($"state is one of: {string.Join(", ", TournamentNames.States)}.");

    /// <summary>Absent, or one of <see cref="TournamentNames.Formats"/>.</summary>
    public static IRuleBuilderOptions<T, string?> ValidFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(format => format is null || TournamentNames.From<TournamentFormat>(format) is not null)
            .WithErrorCode("tournament_format_invalid").WithMessage($"format is one of: {string.Join(", ", TournamentNames.Formats)}.");
}

/// <summary>The shape of the settings a client writes; the combinations (a Swiss's rounds, points' order) are the domain's to refuse.</summary>
internal sealed class TournamentSettingsInputValidator : AbstractValidator<TournamentSettingsInput>
{
    public TournamentSettingsInputValidator()
    {
        RuleFor(settings => settings.Format).NotNull().ValidFormat();
        RuleFor(settings => settings.Capacity).InclusiveBetween(TournamentSettings.CapacityBounds.Min, TournamentSettings.CapacityBounds.Max);
        RuleFor(settings => settings.MinimumRoster).InclusiveBetween(TournamentSettings.MinimumRosterBounds.Min, TournamentSettings.MinimumRosterBounds.Max);
        RuleFor(settings => settings.ConfirmationWindowHours).InclusiveBetween(
            (int)TournamentSettings.ConfirmationWindowBounds.Min.TotalHours, (int)TournamentSettings.ConfirmationWindowBounds.Max.TotalHours);
        RuleFor(settings => settings.GrandFinal).Must(name => name is null || TournamentNames.GrandFinalFrom(name) is not null)
            .WithErrorCode("grand_final_invalid").WithMessage($"grandFinal is one of: {string.Join(", ", TournamentNames.GrandFinals)}.");
        RuleFor(settings => settings.Rounds).InclusiveBetween(1, TournamentSettings.CapacityBounds.Max - 1);
        RuleFor(settings => settings.TieBreaks).Must(names => names is null || (names.Count <= TournamentNames.TieBreaks.Count && names.All(name => TournamentNames.From<TieBreak>(name) is not null)))
            .WithErrorCode("tie_break_invalid").WithMessage($"tieBreaks are some of: {string.Join(", ", TournamentNames.TieBreaks)}, each once.");
    }
}

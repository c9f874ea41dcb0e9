using Platform.Domain.Community;
using Platform.Domain.Playgrounds;

namespace Platform.Application.Playgrounds;

/// <summary>
/// The request rules of the slices that write playgrounds: built-in rules where they say it (the schema shows them), the
/// Domain's own predicates elsewhere; the aggregate checks everything again.
/// </summary>
public static class PlaygroundRules
{
    public static void ValidPlayground<T>(this AbstractValidator<T> validator) where T : IPlaygroundFields
    {
        validator.RuleFor(command => command.Name).NotEmpty().MaximumLength(Playground.NameMaxLength);
        validator.RuleFor(command => command.Address).NotEmpty().MaximumLength(Playground.AddressMaxLength);
        validator.RuleFor(command => command.City).NotEmpty().MaximumLength(CommunityText.CityMaxLength);
        validator.RuleFor(command => command.Latitude).NotNull().InclusiveBetween(-90, 90);
        validator.RuleFor(command => command.Longitude).NotNull().InclusiveBetween(-180, 180);
        validator.RuleFor(command => command.Sports).NotEmpty()
            .Must(sports => sports!.Count <= Playground.MaxSports && sports.All(Sports.IsKnown)).When(command => command.Sports is { Count: > 0 })
            .WithErrorCode(PlaygroundsErrors.SportsInvalid.Code).WithMessage(PlaygroundsErrors.SportsInvalid.Message);
        validator.RuleFor(command => command.Surface).Must(Surfaces.IsKnown)
            .WithErrorCode(PlaygroundsErrors.SurfaceInvalid.Code).WithMessage(PlaygroundsErrors.SurfaceInvalid.Message);
        validator.RuleFor(command => command.Pitches).NotNull().InclusiveBetween(1, Playground.MaxPitches);
        validator.RuleFor(command => command.OpeningHours)
            .Must(hours => hours is null || (hours.Count <= WeeklyHours.MaxIntervals && WeekDays.IntervalsOf(hours) is { } intervals && intervals.All(interval => interval.IsValid)))
            .WithErrorCode(PlaygroundsErrors.OpeningHoursInvalid.Code).WithMessage(PlaygroundsErrors.OpeningHoursInvalid.Message);
        validator.RuleFor(command => command.TimeZone).NotEmpty().MaximumLength(Playground.TimeZoneMaxLength);
    }

    /// <summary>The details of a valid command, as the domain takes them.</summary>
    public static PlaygroundDetails DetailsOf(IPlaygroundFields fields) =>
        new(fields.Name, fields.Address, fields.City, fields.Latitude ?? double.NaN, fields.Longitude ?? double.NaN, fields.Sports, fields.Surface,
            fields.Pitches ?? 0, WeekDays.IntervalsOf(fields.OpeningHours) ?? [], fields.TimeZone);
}

/// <summary>What a client sends about a playground, in a create or an update.</summary>
public interface IPlaygroundFields
{
    string? Name { get; }

    string? Address { get; }

    string? City { get; }

    double? Latitude { get; }

    double? Longitude { get; }

    IReadOnlyList<string>? Sports { get; }

    string? Surface { get; }

    int? Pitches { get; }

    IReadOnlyList<OpeningHoursInput>? OpeningHours { get; }

    string? TimeZone { get; }
}

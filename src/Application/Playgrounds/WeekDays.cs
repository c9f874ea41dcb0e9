using Platform.Domain.Playgrounds;

namespace Platform.Application.Playgrounds;

/// <summary>The days of the week as clients write them, and their opening hours as the domain keeps them.</summary>
public static class WeekDays
{
    private static readonly string[] Names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static IReadOnlyList<string> All => Names;

    public static string NameOf(DayOfWeek day) => Names[((int)day + 6) % 7];

    public static DayOfWeek? From(string? name)
    {
        var index = Array.IndexOf(Names, name);
        return index >= 0 ? (DayOfWeek)((index + 1) % 7) : null;
    }

    /// <summary>The intervals of well-formed inputs (the validator has checked them), or null when one is not.</summary>
    public static IReadOnlyList<OpeningInterval>? IntervalsOf(IReadOnlyList<OpeningHoursInput>? inputs)
    {
        var intervals = new List<OpeningInterval>();
        foreach (var input in inputs ?? [])
        {
            if (From(input.Day) is not { } day || OpeningInterval.MinuteOf(input.Opens) is not { } opens || OpeningInterval.MinuteOf(input.Closes) is not { } closes)
            {
                return null;
            }

            intervals.Add(new OpeningInterval(day, opens, closes));
        }

        return intervals;
    }
}

/// <summary>One weekly opening as a client sends it.</summary>
/// <param name="Day">monday to sunday.</param>
/// <param name="Opens">HH:mm, 00:00 to 23:59.</param>
/// <param name="Closes">HH:mm after <paramref name="Opens"/>, 24:00 for the day's end.</param>
public sealed record OpeningHoursInput(string? Day, string? Opens, string? Closes);

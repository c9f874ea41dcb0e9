namespace Platform.Application.Workouts;

/// <summary>Runs of consecutive local days and of consecutive weeks (Monday first) with at least one workout.</summary>
/// <param name="CurrentDays">The run of days that reaches the range's last day or the day before; 0 when none does.</param>
/// <param name="LongestDays">The longest run of days in the range.</param>
/// <param name="CurrentWeeks">The run of weeks that reaches the range's last week or the week before; 0 when none does.</param>
/// <param name="LongestWeeks">The longest run of weeks in the range.</param>
public sealed record Streaks(int CurrentDays, int LongestDays, int CurrentWeeks, int LongestWeeks);

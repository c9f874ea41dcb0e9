namespace Platform.Infrastructure.Workouts;

internal sealed record StreakRow(int CurrentDays, int LongestDays, int CurrentWeeks, int LongestWeeks);

namespace Platform.Application.Workouts;

/// <summary>Workout reminders (<c>Workouts:Reminders</c>): who gets one, and when.</summary>
public sealed class WorkoutReminderOptions
{
    public const string SectionName = "Workouts:Reminders";

    /// <summary>Days without a workout after which a user who asked for reminders gets one (a day at most).</summary>
    public int AfterDays { get; set; } = 3;

    /// <summary>The local hour from which a day's reminder goes out.</summary>
    public int LocalHour { get; set; } = 9;

    public bool IsValid => AfterDays is >= 1 and <= 365 && LocalHour is >= 0 and <= 23;
}

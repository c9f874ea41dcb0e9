namespace Platform.Domain.Workouts;

/// <summary>
/// When a user who asked for workout reminders was last reminded, so that a local day gets one at most, however often
/// the reminder job runs.
/// </summary>
public sealed class WorkoutReminder : AggregateRoot
{
    private WorkoutReminder(Guid userId) => UserId = userId;

    public Guid UserId { get; }

    /// <summary>The user's local day of the last reminder.</summary>
    public DateOnly? LastRemindedOn { get; private set; }

    public static WorkoutReminder For(Guid userId) => new(userId);

    /// <summary>Whether <paramref name="localDay"/> still has its reminder to get; if so, it counts as reminded from now.</summary>
    public bool TakeReminderOf(DateOnly localDay)
    {
        if (LastRemindedOn >= localDay)
        {
            return false;
        }

        LastRemindedOn = localDay;
        return true;
    }
}

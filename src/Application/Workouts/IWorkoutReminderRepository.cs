using Platform.Domain.Workouts;

namespace Platform.Application.Workouts;

public interface IWorkoutReminderRepository
{
    /// <summary>The user's reminder state, tracked; null when they were never reminded.</summary>
    Task<WorkoutReminder?> FindAsync(Guid userId, CancellationToken cancellationToken);

    void Add(WorkoutReminder reminder);
}

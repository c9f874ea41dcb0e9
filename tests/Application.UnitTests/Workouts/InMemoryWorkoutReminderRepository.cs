using Platform.Application.Workouts;
using Platform.Domain.Workouts;

namespace Platform.Application.UnitTests.Workouts;

public sealed class InMemoryWorkoutReminderRepository : IWorkoutReminderRepository
{
    public List<WorkoutReminder> Stored { get; } = [];

    public Task<WorkoutReminder?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.SingleOrDefault(reminder => reminder.UserId == userId));

    public void Add(WorkoutReminder reminder) => Stored.Add(reminder);
}

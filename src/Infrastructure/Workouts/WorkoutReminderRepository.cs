using Platform.Application.Workouts;
using Platform.Domain.Workouts;

namespace Platform.Infrastructure.Workouts;

internal sealed class WorkoutReminderRepository(PlatformDbContext context) : IWorkoutReminderRepository
{
    public Task<WorkoutReminder?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        context.Set<WorkoutReminder>().SingleOrDefaultAsync(reminder => reminder.UserId == userId, cancellationToken);

    public void Add(WorkoutReminder reminder) => context.Set<WorkoutReminder>().Add(reminder);
}

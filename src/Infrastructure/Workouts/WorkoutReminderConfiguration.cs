using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Identity;
using Platform.Domain.Workouts;

namespace Platform.Infrastructure.Workouts;

internal sealed class WorkoutReminderConfiguration : IEntityTypeConfiguration<WorkoutReminder>
{
    public void Configure(EntityTypeBuilder<WorkoutReminder> builder)
    {
        builder.ToTable("workout_reminders");
        builder.HasKey(reminder => reminder.UserId);
        builder.Property(reminder => reminder.UserId).ValueGeneratedNever();
        builder.HasOne<User>().WithOne().HasForeignKey<WorkoutReminder>(reminder => reminder.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(reminder => reminder.LastRemindedOn);
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Common;
using Platform.Domain.Exercises;
using Platform.Domain.Identity;
using Platform.Domain.Workouts;

namespace Platform.Infrastructure.Workouts;

internal sealed class WorkoutConfiguration : IEntityTypeConfiguration<Workout>
{
    public void Configure(EntityTypeBuilder<Workout> builder)
    {
        builder.ToTable("workouts");
        builder.HasKey(workout => workout.Id);
        builder.Property(workout => workout.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(workout => workout.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // A user's diary by date: lists, ranges and (later) statistics read by owner and start time.
        builder.HasIndex(workout => new { workout.OwnerId, workout.StartedAt });
        builder.Property(workout => workout.Title).HasMaxLength(Workout.TitleMaxLength).IsRequired();
        builder.Property(workout => workout.Notes).HasMaxLength(Workout.NotesMaxLength).IsRequired();
        builder.Property(workout => workout.StartedAt).IsRequired();
        builder.Property(workout => workout.CreatedAt).IsRequired();
        builder.Property(workout => workout.UpdatedAt).IsRequired();
        // Every change of a workout or of one of its sets updates its row, so PostgreSQL's row version (xmin) makes
        // the second of two concurrent changes fail (412) instead of both rewriting the set positions.
        builder.Property<uint>("Version").HasColumnName("xmin").HasColumnType("xid").IsRowVersion();

        builder.OwnsMany(workout => workout.Sets, sets =>
        {
            sets.ToTable("workout_sets");
            sets.WithOwner().HasForeignKey("WorkoutId");
            // Records and statistics read a user's sets by workout: the measures they sum ride in the index, so
            // they are answered from it (an index-only scan) instead of 30,000 heap visits or a scan of every set.
            sets.HasIndex("WorkoutId").IncludeProperties(
                nameof(WorkoutSet.Id), nameof(WorkoutSet.Position), nameof(WorkoutSet.ExerciseId), nameof(WorkoutSet.Reps), nameof(WorkoutSet.WeightKg),
                nameof(WorkoutSet.IsWarmUp));
            sets.HasKey(set => set.Id);
            sets.Property(set => set.Id).ValueGeneratedNever();
            // An exercise used in logged sets cannot be deleted; it can be archived.
            sets.HasOne<Exercise>().WithMany().HasForeignKey(set => set.ExerciseId).OnDelete(DeleteBehavior.Restrict);
            sets.HasIndex(set => set.ExerciseId);
            sets.Property(set => set.WeightKg).HasPrecision(8, Weights.StoredScale);
            sets.Property(set => set.DistanceMeters).HasPrecision(10, 2);
            sets.Property(set => set.Rpe).HasPrecision(3, 1);
        });
        builder.Navigation(workout => workout.Sets).HasField("_sets").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

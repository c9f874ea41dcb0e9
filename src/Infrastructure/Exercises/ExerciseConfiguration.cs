using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Exercises;
using Platform.Domain.Identity;

namespace Platform.Infrastructure.Exercises;

internal sealed class ExerciseConfiguration : IEntityTypeConfiguration<Exercise>
{
    public void Configure(EntityTypeBuilder<Exercise> builder)
    {
        builder.ToTable("exercises");
        builder.HasKey(exercise => exercise.Id);
        builder.Property(exercise => exercise.Id).ValueGeneratedNever();
        // Null for the catalogue; a user's own exercises go with the user.
        builder.HasOne<User>().WithMany().HasForeignKey(exercise => exercise.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(exercise => exercise.OwnerId);
        builder.Property(exercise => exercise.NameEn).HasMaxLength(Exercise.NameMaxLength).IsRequired();
        builder.Property(exercise => exercise.NameRu).HasMaxLength(Exercise.NameMaxLength).IsRequired();
        builder.Property(exercise => exercise.Category).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.PrimitiveCollection(exercise => exercise.PrimaryMuscles).HasField("_primaryMuscles").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.PrimitiveCollection(exercise => exercise.SecondaryMuscles).HasField("_secondaryMuscles").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.Property(exercise => exercise.Equipment).HasMaxLength(32).IsRequired();
        builder.Property(exercise => exercise.CreatedAt).IsRequired();
        builder.Property(exercise => exercise.UpdatedAt).IsRequired();

        builder.HasData(ExerciseCatalogue.Entries.Select(entry => new
        {
            entry.Id,
            entry.NameEn,
            entry.NameRu,
            entry.Category,
            PrimaryMuscles = entry.PrimaryMuscles.ToList(),
            SecondaryMuscles = entry.SecondaryMuscles.ToList(),
            entry.Equipment,
            entry.IsArchived,
            entry.CreatedAt,
            entry.UpdatedAt,
        }));
    }
}

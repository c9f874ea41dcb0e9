using Platform.Application.Common.Paging;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.ListExercises;

internal sealed class ListExercisesValidator : AbstractValidator<ListExercisesQuery>
{
    public ListExercisesValidator()
    {
        RuleFor(query => query.Search).MaximumLength(Exercise.NameMaxLength);
        RuleFor(query => query.Category).Must(category => ExerciseNames.CategoryFrom(category) is not null).When(query => query.Category is not null)
            .WithErrorCode("exercise_category_invalid").WithMessage("The category must be strength, cardio or mobility.");
        RuleFor(query => query.Muscle).Must(MuscleGroups.IsMuscleGroup).When(query => query.Muscle is not null)
            .WithErrorCode("exercise_muscle_invalid").WithMessage($"The muscle group must be one of: {string.Join(", ", MuscleGroups.All)}.");
        RuleFor(query => query.Equipment).Must(ExerciseEquipment.IsEquipment).When(query => query.Equipment is not null)
            .WithErrorCode("exercise_equipment_invalid").WithMessage($"The equipment must be one of: {string.Join(", ", ExerciseEquipment.All)}.");
        RuleFor(query => query.Page).ValidPage();
        RuleFor(query => query.PageSize).ValidPageSize();
    }
}

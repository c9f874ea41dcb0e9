using Platform.Application.Workouts.Contracts;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.DeleteExercise;

/// <summary>Deletes one of the caller's exercise aggregates.</summary>
public sealed record DeleteExerciseCommand(Guid Id, Guid OwnerId) : ICommand<Unit>;

internal sealed class DeleteExerciseHandler(IExerciseRepository exercises, IExerciseUsage workouts)
    : IRequestHandler<DeleteExerciseCommand, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DeleteExerciseCommand request, CancellationToken cancellationToken)
    {
        var exercise = await exercises.FindAsync(request.Id, cancellationToken);
        if (exercise is null || !exercise.IsVisibleTo(request.OwnerId))
        {
            return ExercisesErrors.NotFound;
        }

        if (exercise.IsCatalogue)
        {
            return ExercisesErrors.CatalogueReadOnly;
        }

        // The sets' foreign key refuses it too (a set logged meanwhile); this check gives the reason.
        if (await workouts.IsExerciseUsedAsync(exercise.Id, cancellationToken))
        {
            return ExercisesErrors.InUse;
        }

        var deleted = exercise.Delete(request.OwnerId);
        if (!deleted.IsSuccess)
        {
            return deleted.Error;
        }

        exercises.Remove(exercise);
        return Unit.Value;
    }
}

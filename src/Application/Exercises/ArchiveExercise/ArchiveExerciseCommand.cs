using MapsterMapper;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.ArchiveExercise;

/// <summary>
/// Archives one of the caller's own exercises (it stays in past workouts but is no longer listed), or with
/// <paramref name="Archived"/> false brings it back. Idempotent.
/// </summary>
public sealed record ArchiveExerciseCommand(Guid Id, Guid OwnerId, bool Archived = true) : ICommand<ExerciseResponse>;

internal sealed class ArchiveExerciseHandler(IExerciseRepository exercises, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ArchiveExerciseCommand, Result<ExerciseResponse>>
{
    public async Task<Result<ExerciseResponse>> Handle(ArchiveExerciseCommand request, CancellationToken cancellationToken)
    {
        var exercise = await exercises.FindAsync(request.Id, cancellationToken);
        if (exercise is null || !exercise.IsVisibleTo(request.OwnerId))
        {
            return ExercisesErrors.NotFound;
        }

        var changed = exercise.SetArchived(request.OwnerId, request.Archived, clock.GetUtcNow());
        return changed.IsSuccess ? mapper.Map<ExerciseResponse>(exercise) : changed.Error;
    }
}

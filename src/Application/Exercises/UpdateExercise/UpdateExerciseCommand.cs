using MapsterMapper;
using Platform.Application.Workouts.Contracts;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.UpdateExercise;

/// <summary>Replaces the description of one of the caller's own exercises (the catalogue's are read-only).</summary>
public sealed record UpdateExerciseCommand(
    string? Name, string? Category, IReadOnlyList<string>? PrimaryMuscles, IReadOnlyList<string>? SecondaryMuscles, string? Equipment)
    : ICommand<ExerciseResponse>
{
    /// <summary>The exercise, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}

internal sealed class UpdateExerciseHandler(IExerciseRepository exercises, IExerciseUsage workouts, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateExerciseCommand, Result<ExerciseResponse>>
{
    public async Task<Result<ExerciseResponse>> Handle(UpdateExerciseCommand request, CancellationToken cancellationToken)
    {
        var exercise = await exercises.FindAsync(request.Id, cancellationToken);
        if (exercise is null || !exercise.IsVisibleTo(request.OwnerId))
        {
            return ExercisesErrors.NotFound;
        }

        // Sets were checked against the category they were logged under: it may not change under them.
        var category = ExerciseNames.CategoryFrom(request.Category)!.Value;
        if (category != exercise.Category && exercise.IsOwnedBy(request.OwnerId) && await workouts.IsExerciseUsedAsync(exercise.Id, cancellationToken))
        {
            return ExercisesErrors.CategoryInUse;
        }

        var changed = exercise.Update(
            request.OwnerId, request.Name, category, request.PrimaryMuscles, request.SecondaryMuscles,
            request.Equipment, clock.GetUtcNow());
        return changed.IsSuccess ? mapper.Map<ExerciseResponse>(exercise) : changed.Error;
    }
}

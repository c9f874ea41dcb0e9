using MapsterMapper;
using Platform.Domain.Exercises;

namespace Platform.Application.Exercises.CreateExercise;

/// <summary>Creates an exercise of the caller's own, visible to them alone.</summary>
public sealed record CreateExerciseCommand(
    string? Name, string? Category, IReadOnlyList<string>? PrimaryMuscles, IReadOnlyList<string>? SecondaryMuscles, string? Equipment)
    : ICommand<ExerciseResponse>
{
    /// <summary>The caller, set by the endpoint from the access token; never read from the body.</summary>
    public required Guid OwnerId { get; init; }
}

internal sealed class CreateExerciseHandler(IExerciseRepository exercises, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateExerciseCommand, Result<ExerciseResponse>>
{
    public Task<Result<ExerciseResponse>> Handle(CreateExerciseCommand request, CancellationToken cancellationToken)
    {
        var exercise = Exercise.CreateCustom(
            request.OwnerId, request.Name, ExerciseNames.CategoryFrom(request.Category)!.Value, request.PrimaryMuscles, request.SecondaryMuscles,
            request.Equipment, clock.GetUtcNow());
        if (!exercise.IsSuccess)
        {
            return Task.FromResult<Result<ExerciseResponse>>(exercise.Error);
        }

        exercises.Add(exercise.Value);
        return Task.FromResult<Result<ExerciseResponse>>(mapper.Map<ExerciseResponse>(exercise.Value));
    }
}

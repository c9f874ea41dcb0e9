namespace Platform.Application.Exercises.ArchiveExercise;

/// <summary>
/// Archives one of the caller's own exercises (it stays in past workouts but is no longer listed), or with
/// <paramref name="Archived"/> false brings it back. Idempotent.
/// </summary>
public sealed record ArchiveExerciseCommand(Guid Id, Guid OwnerId, bool Archived = true) : ICommand<ExerciseResponse>;

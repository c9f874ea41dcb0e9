namespace Platform.Application.Exercises.DeleteExercise;

/// <summary>Deletes one of the caller's exercise aggregates.</summary>
public sealed record DeleteExerciseCommand(Guid Id, Guid OwnerId) : ICommand<Unit>;

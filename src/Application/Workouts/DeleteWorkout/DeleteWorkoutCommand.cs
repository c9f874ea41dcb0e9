namespace Platform.Application.Workouts.DeleteWorkout;

/// <summary>Deletes one of the caller's workouts with its sets.</summary>
public sealed record DeleteWorkoutCommand(Guid Id, Guid OwnerId) : ICommand<Unit>;

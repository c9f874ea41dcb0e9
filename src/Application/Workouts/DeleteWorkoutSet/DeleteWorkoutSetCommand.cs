namespace Platform.Application.Workouts.DeleteWorkoutSet;

/// <summary>Deletes one set of the caller's workouts; the sets after it move up one place.</summary>
public sealed record DeleteWorkoutSetCommand(Guid Id, Guid SetId, Guid OwnerId) : ICommand<Unit>;

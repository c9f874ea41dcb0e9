namespace Platform.Domain.Workouts;

/// <summary>What happened to a workout, raised by <see cref="Workout"/> only.</summary>
public abstract record WorkoutEvent(Guid WorkoutId, Guid OwnerId) : IDomainEvent;

public sealed record WorkoutLogged(Guid WorkoutId, Guid OwnerId, int SetCount) : WorkoutEvent(WorkoutId, OwnerId);

public sealed record WorkoutDetailsUpdated(Guid WorkoutId, Guid OwnerId) : WorkoutEvent(WorkoutId, OwnerId);

public sealed record WorkoutSetAdded(Guid WorkoutId, Guid OwnerId, Guid SetId) : WorkoutEvent(WorkoutId, OwnerId);

public sealed record WorkoutSetChanged(Guid WorkoutId, Guid OwnerId, Guid SetId) : WorkoutEvent(WorkoutId, OwnerId);

public sealed record WorkoutSetRemoved(Guid WorkoutId, Guid OwnerId, Guid SetId) : WorkoutEvent(WorkoutId, OwnerId);

public sealed record WorkoutSetsReordered(Guid WorkoutId, Guid OwnerId) : WorkoutEvent(WorkoutId, OwnerId);

public sealed record WorkoutDeleted(Guid WorkoutId, Guid OwnerId) : WorkoutEvent(WorkoutId, OwnerId);

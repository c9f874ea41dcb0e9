namespace Platform.Domain.Exercises;

/// <summary>What happened to a user's own exercise (the catalogue never changes), raised by <see cref="Exercise"/> only.</summary>
public abstract record ExerciseEvent(Guid ExerciseId, Guid OwnerId) : IDomainEvent;

public sealed record ExerciseCreated(Guid ExerciseId, Guid OwnerId) : ExerciseEvent(ExerciseId, OwnerId);

/// <summary>Name, category, muscles or equipment changed: what the owner's diary statistics group volume by.</summary>
public sealed record ExerciseUpdated(Guid ExerciseId, Guid OwnerId) : ExerciseEvent(ExerciseId, OwnerId);

public sealed record ExerciseArchived(Guid ExerciseId, Guid OwnerId) : ExerciseEvent(ExerciseId, OwnerId);

public sealed record ExerciseRestored(Guid ExerciseId, Guid OwnerId) : ExerciseEvent(ExerciseId, OwnerId);

public sealed record ExerciseDeleted(Guid ExerciseId, Guid OwnerId) : ExerciseEvent(ExerciseId, OwnerId);

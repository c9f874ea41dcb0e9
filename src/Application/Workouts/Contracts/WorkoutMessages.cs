using Platform.Application.Common.Outbox;
using Platform.Domain.Workouts;

namespace Platform.Application.Workouts.Contracts;

// What the training diary tells the rest of the platform through the outbox (ADR 37): sets that may hold a record.

/// <summary>A workout was logged with its sets.</summary>
[OutboxMessage("workouts.logged.v1")]
public sealed record WorkoutLoggedV1(Guid WorkoutId, Guid OwnerId, int SetCount) : IOutboxMessage<WorkoutLogged>;

/// <summary>A set was added to a workout.</summary>
[OutboxMessage("workouts.set-added.v1")]
public sealed record WorkoutSetAddedV1(Guid WorkoutId, Guid OwnerId, Guid SetId) : IOutboxMessage<WorkoutSetAdded>;

/// <summary>A set of a workout was corrected.</summary>
[OutboxMessage("workouts.set-changed.v1")]
public sealed record WorkoutSetChangedV1(Guid WorkoutId, Guid OwnerId, Guid SetId) : IOutboxMessage<WorkoutSetChanged>;

namespace Platform.Domain.Playgrounds;

/// <summary>What happened to a playground, raised by <see cref="Playground"/> only.</summary>
public abstract record PlaygroundEvent(Guid PlaygroundId) : IDomainEvent;

public sealed record PlaygroundCreated(Guid PlaygroundId, Guid OwnerId) : PlaygroundEvent(PlaygroundId);

/// <summary>Its creator or a moderator replaced its details.</summary>
public sealed record PlaygroundUpdated(Guid PlaygroundId, Guid ActorId) : PlaygroundEvent(PlaygroundId);

/// <summary>Its creator or a moderator deleted it.</summary>
public sealed record PlaygroundDeleted(Guid PlaygroundId, Guid ActorId) : PlaygroundEvent(PlaygroundId);

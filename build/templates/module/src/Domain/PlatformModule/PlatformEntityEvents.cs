namespace Platform.Domain.PlatformModule;

/// <summary>What happened to a platformEntity, raised by <see cref="PlatformEntity"/> only.</summary>
public abstract record PlatformEntityEvent(Guid PlatformEntityId, Guid OwnerId) : IDomainEvent;

public sealed record PlatformEntityCreated(Guid PlatformEntityId, Guid OwnerId) : PlatformEntityEvent(PlatformEntityId, OwnerId);

public sealed record PlatformEntityRenamed(Guid PlatformEntityId, Guid OwnerId) : PlatformEntityEvent(PlatformEntityId, OwnerId);

public sealed record PlatformEntityArchived(Guid PlatformEntityId, Guid OwnerId) : PlatformEntityEvent(PlatformEntityId, OwnerId);

public sealed record PlatformEntityDeleted(Guid PlatformEntityId, Guid OwnerId) : PlatformEntityEvent(PlatformEntityId, OwnerId);

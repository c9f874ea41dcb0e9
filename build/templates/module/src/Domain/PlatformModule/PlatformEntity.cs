namespace Platform.Domain.PlatformModule;

#if (shared)
/// <summary>
/// The platformEntity aggregate, readable by every signed-in user and changed by its owner, the user who created it.
/// Every change raises its <see cref="PlatformEntityEvent"/>.
/// </summary>
#else
/// <summary>The platformEntity aggregate, owned by the user who created it. Every change raises its <see cref="PlatformEntityEvent"/>.</summary>
#endif
public sealed class PlatformEntity : AggregateRoot
{
    public const int NameMaxLength = 200;

    private PlatformEntity(Guid id, Guid ownerId, string name, DateTimeOffset createdAt)
    {
        Id = id;
        OwnerId = ownerId;
        Name = name;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; }

    public Guid OwnerId { get; }

    public string Name { get; private set; }

    /// <summary>An archived platformEntity is kept but set aside; archiving is the sample of an action without a body.</summary>
    public bool IsArchived { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A new platformEntity with a time-ordered (UUIDv7) id; the name is trimmed, 1 to 200 characters.</summary>
    public static Result<PlatformEntity> Create(Guid ownerId, string? name, DateTimeOffset now)
    {
        if (ownerId == Guid.Empty)
        {
            throw new ArgumentException("Every platformEntity needs an owner.", nameof(ownerId));
        }

        var validName = ValidName(name);
        if (!validName.IsSuccess)
        {
            return validName.Error;
        }

        var platformEntity = new PlatformEntity(Guid.CreateVersion7(now), ownerId, validName.Value, StoredTime.From(now));
        platformEntity.Raise(new PlatformEntityCreated(platformEntity.Id, ownerId));
        return platformEntity;
    }

    public Result<PlatformEntity> Rename(string? name, DateTimeOffset now)
    {
        var validName = ValidName(name);
        if (!validName.IsSuccess)
        {
            return validName.Error;
        }

        Name = validName.Value;
        UpdatedAt = StoredTime.From(now);
        Raise(new PlatformEntityRenamed(Id, OwnerId));
        return this;
    }

    /// <summary>Sets the platformEntity aside; archiving an archived one changes nothing (the call is idempotent).</summary>
    public void Archive(DateTimeOffset now)
    {
        if (IsArchived)
        {
            return;
        }

        IsArchived = true;
        UpdatedAt = StoredTime.From(now);
        Raise(new PlatformEntityArchived(Id, OwnerId));
    }

    /// <summary>Records the platformEntity's deletion; its repository then removes it.</summary>
    public void Delete() => Raise(new PlatformEntityDeleted(Id, OwnerId));

    public bool IsOwnedBy(Guid userId) => OwnerId == userId;

    private static Result<string> ValidName(string? name)
    {
        var candidate = name?.Trim() ?? string.Empty;
        if (candidate.Length is 0 or > NameMaxLength || candidate.Any(char.IsControl))
        {
            return PlatformModuleErrors.NameInvalid;
        }

        return candidate;
    }
}

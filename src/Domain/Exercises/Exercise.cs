namespace Platform.Domain.Exercises;

/// <summary>
/// An exercise: names in English and Russian, a category, the muscle groups it works (primary and secondary) and its
/// equipment. The catalogue's exercises belong to nobody and everybody sees them; a user's own exercises are theirs
/// alone. An exercise that is no longer wanted is archived, which keeps the sets that used it meaningful.
/// </summary>
public sealed class Exercise : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int MaxPrimaryMuscles = 4;
    public const int MaxSecondaryMuscles = 8;

    private readonly List<string> _primaryMuscles = [];
    private readonly List<string> _secondaryMuscles = [];

    private Exercise(Guid id, Guid? ownerId, DateTimeOffset createdAt)
    {
        Id = id;
        OwnerId = ownerId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; }

    /// <summary>Who created it; null for the catalogue's exercises.</summary>
    public Guid? OwnerId { get; }

    public string NameEn { get; private set; } = string.Empty;

    public string NameRu { get; private set; } = string.Empty;

    public ExerciseCategory Category { get; private set; }

    public IReadOnlyList<string> PrimaryMuscles => _primaryMuscles;

    public IReadOnlyList<string> SecondaryMuscles => _secondaryMuscles;

    public string Equipment { get; private set; } = string.Empty;

    public bool IsArchived { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsCatalogue => OwnerId is null;

    public bool IsOwnedBy(Guid userId) => OwnerId == userId;

    /// <summary>The catalogue's exercises are everybody's; a user's own are theirs alone.</summary>
    public bool IsVisibleTo(Guid userId) => OwnerId is null || OwnerId == userId;

    /// <summary>A catalogue entry, as the seed migration writes it.</summary>
    public static Exercise Catalogue(
        Guid id, string nameEn, string nameRu, ExerciseCategory category, IReadOnlyCollection<string> primary, IReadOnlyCollection<string> secondary,
        string equipment, DateTimeOffset createdAt)
    {
        var exercise = new Exercise(id, null, createdAt);
        var described = exercise.Describe(nameEn, nameRu, category, primary, secondary, equipment);
        return described.IsSuccess ? exercise : throw new ArgumentException(described.Error.Message, nameof(nameEn));
    }

    /// <summary>A user's own exercise, named once (the name serves both languages).</summary>
    public static Result<Exercise> CreateCustom(
        Guid ownerId, string? name, ExerciseCategory category, IReadOnlyCollection<string>? primary, IReadOnlyCollection<string>? secondary,
        string? equipment, DateTimeOffset now)
    {
        if (ownerId == Guid.Empty)
        {
            throw new ArgumentException("A user's exercise needs its owner.", nameof(ownerId));
        }

        var exercise = new Exercise(Guid.CreateVersion7(now), ownerId, StoredTime.From(now));
        var described = exercise.Describe(name, name, category, primary ?? [], secondary ?? [], equipment);
        if (!described.IsSuccess)
        {
            return described.Error;
        }

        exercise.Raise(new ExerciseCreated(exercise.Id, ownerId));
        return exercise;
    }

    /// <summary>The owner changes their own exercise; the catalogue's cannot be changed.</summary>
    public Result<Exercise> Update(
        Guid actorId, string? name, ExerciseCategory category, IReadOnlyCollection<string>? primary, IReadOnlyCollection<string>? secondary,
        string? equipment, DateTimeOffset now)
    {
        var allowed = RequireOwner(actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var described = Describe(name, name, category, primary ?? [], secondary ?? [], equipment);
        if (!described.IsSuccess)
        {
            return described.Error;
        }

        UpdatedAt = StoredTime.From(now);
        Raise(new ExerciseUpdated(Id, actorId));
        return this;
    }

    /// <summary>Takes the owner's exercise out of the offer for new workouts, or (<paramref name="archived"/> false) back in.</summary>
    public Result<Exercise> SetArchived(Guid actorId, bool archived, DateTimeOffset now)
    {
        var allowed = RequireOwner(actorId);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        if (IsArchived != archived)
        {
            IsArchived = archived;
            UpdatedAt = StoredTime.From(now);
            Raise(archived ? new ExerciseArchived(Id, actorId) : new ExerciseRestored(Id, actorId));
        }

        return this;
    }

    /// <summary>Records the deletion of the owner's exercise; its repository then removes it.</summary>
    public Result<Exercise> Delete(Guid actorId)
    {
        var allowed = RequireOwner(actorId);
        if (allowed.IsSuccess)
        {
            Raise(new ExerciseDeleted(Id, actorId));
        }

        return allowed;
    }

    /// <summary>Someone else's exercise does not exist for the actor; the catalogue's exists but is read-only.</summary>
    private Result<Exercise> RequireOwner(Guid actorId) =>
        OwnerId == actorId ? this : IsCatalogue ? ExercisesErrors.CatalogueReadOnly : ExercisesErrors.NotFound;

    private Result<Exercise> Describe(
        string? nameEn, string? nameRu, ExerciseCategory category, IReadOnlyCollection<string> primary, IReadOnlyCollection<string> secondary,
        string? equipment)
    {
        var en = nameEn?.Trim() ?? string.Empty;
        var ru = nameRu?.Trim() ?? string.Empty;
        if (!IsName(en) || !IsName(ru))
        {
            return ExercisesErrors.NameInvalid;
        }

        if (primary.Count is 0 or > MaxPrimaryMuscles || secondary.Count > MaxSecondaryMuscles
            || !primary.Concat(secondary).All(MuscleGroups.IsMuscleGroup) || primary.Intersect(secondary).Any())
        {
            return ExercisesErrors.MusclesInvalid;
        }

        if (!ExerciseEquipment.IsEquipment(equipment))
        {
            return ExercisesErrors.EquipmentInvalid;
        }

        if (!Enum.IsDefined(category))
        {
            return ExercisesErrors.CategoryInvalid;
        }

        (NameEn, NameRu, Category, Equipment) = (en, ru, category, equipment!);
        _primaryMuscles.Clear();
        _primaryMuscles.AddRange(primary.Distinct());
        _secondaryMuscles.Clear();
        _secondaryMuscles.AddRange(secondary.Distinct());
        return this;
    }

    private static bool IsName(string name) => name.Length is > 0 and <= NameMaxLength && !name.Any(char.IsControl);
}

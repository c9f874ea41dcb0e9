namespace Platform.Domain.Workouts;

/// <summary>
/// One training session of one user: when it started and ended, a title, notes and its sets in order. Rules: it ends
/// after it starts and lasts at most a day, it does not start in the future (beyond a small clock skew), it holds at
/// most <see cref="MaxSets"/> sets, and each set's measures fit its exercise.
/// </summary>
public sealed class Workout : AggregateRoot
{
    public const int TitleMaxLength = 200;
    public const int NotesMaxLength = 4000;
    public const int MaxSets = 100;
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);

    private readonly List<WorkoutSet> _sets = [];

    private Workout(Guid id, Guid ownerId, DateTimeOffset createdAt)
    {
        Id = id;
        OwnerId = ownerId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; }

    public Guid OwnerId { get; }

    public string Title { get; private set; } = string.Empty;

    public string Notes { get; private set; } = string.Empty;

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Null while the workout is still going on.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public IReadOnlyList<WorkoutSet> Sets => _sets;

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOwnedBy(Guid userId) => OwnerId == userId;

    /// <summary>A new workout with its sets in the order given.</summary>
    public static Result<Workout> Log(
        Guid ownerId, string? title, string? notes, DateTimeOffset startedAt, DateTimeOffset? endedAt, IReadOnlyList<PlannedSet> sets, DateTimeOffset now)
    {
        if (ownerId == Guid.Empty)
        {
            throw new ArgumentException("A workout needs its owner.", nameof(ownerId));
        }

        var workout = new Workout(Guid.CreateVersion7(now), ownerId, StoredTime.From(now));
        var described = workout.Describe(title, notes, startedAt, endedAt, now);
        if (!described.IsSuccess)
        {
            return described.Error;
        }

        if (sets.Count > MaxSets)
        {
            return WorkoutsErrors.TooManySets;
        }

        if (sets.FirstOrDefault(set => !WorkoutSet.Fits(set.Measures, set.Category)) is not null)
        {
            return WorkoutsErrors.SetMeasuresInvalid;
        }

        workout._sets.AddRange(sets.Select((set, index) => WorkoutSet.Record(set.ExerciseId, index + 1, set.Measures, now)));
        workout.Raise(new WorkoutLogged(workout.Id, ownerId, workout._sets.Count));
        return workout;
    }

    /// <summary>Replaces the title, notes and times; the sets stay as they are.</summary>
    public Result<Workout> Update(string? title, string? notes, DateTimeOffset startedAt, DateTimeOffset? endedAt, DateTimeOffset now)
    {
        var described = Describe(title, notes, startedAt, endedAt, now);
        if (described.IsSuccess)
        {
            Touch(now);
            Raise(new WorkoutDetailsUpdated(Id, OwnerId));
        }

        return described;
    }

    /// <summary>Appends a set after the last one.</summary>
    public Result<WorkoutSet> AddSet(PlannedSet set, DateTimeOffset now)
    {
        if (_sets.Count >= MaxSets)
        {
            return WorkoutsErrors.TooManySets;
        }

        if (!WorkoutSet.Fits(set.Measures, set.Category))
        {
            return WorkoutsErrors.SetMeasuresInvalid;
        }

        var added = WorkoutSet.Record(set.ExerciseId, _sets.Count + 1, set.Measures, now);
        _sets.Add(added);
        Touch(now);
        Raise(new WorkoutSetAdded(Id, OwnerId, added.Id));
        return added;
    }

    /// <summary>Replaces a set's exercise and measures; it keeps its place.</summary>
    public Result<WorkoutSet> ChangeSet(Guid setId, PlannedSet set, DateTimeOffset now)
    {
        var existing = _sets.SingleOrDefault(candidate => candidate.Id == setId);
        if (existing is null)
        {
            return WorkoutsErrors.SetNotFound;
        }

        if (!WorkoutSet.Fits(set.Measures, set.Category))
        {
            return WorkoutsErrors.SetMeasuresInvalid;
        }

        existing.Change(set.ExerciseId, set.Measures);
        Touch(now);
        Raise(new WorkoutSetChanged(Id, OwnerId, existing.Id));
        return existing;
    }

    /// <summary>Removes a set; the ones after it move up, so that positions stay 1..n.</summary>
    public Result<Workout> RemoveSet(Guid setId, DateTimeOffset now)
    {
        var existing = _sets.SingleOrDefault(candidate => candidate.Id == setId);
        if (existing is null)
        {
            return WorkoutsErrors.SetNotFound;
        }

        _sets.Remove(existing);
        foreach (var later in _sets.Where(candidate => candidate.Position > existing.Position))
        {
            later.Position--;
        }

        Touch(now);
        Raise(new WorkoutSetRemoved(Id, OwnerId, existing.Id));
        return this;
    }

    /// <summary>Puts the sets in the given order, which names every set of the workout exactly once.</summary>
    public Result<Workout> ReorderSets(IReadOnlyList<Guid> order, DateTimeOffset now)
    {
        if (order.Count != _sets.Count || order.Distinct().Count() != order.Count || order.Any(id => _sets.All(set => set.Id != id)))
        {
            return WorkoutsErrors.SetOrderInvalid;
        }

        var byId = _sets.ToDictionary(set => set.Id);
        for (var index = 0; index < order.Count; index++)
        {
            byId[order[index]].Position = index + 1;
        }

        Touch(now);
        Raise(new WorkoutSetsReordered(Id, OwnerId));
        return this;
    }

    /// <summary>Records the workout's deletion; its repository then removes it.</summary>
    public void Delete() => Raise(new WorkoutDeleted(Id, OwnerId));

    private void Touch(DateTimeOffset now) => UpdatedAt = StoredTime.From(now);

    private Result<Workout> Describe(string? title, string? notes, DateTimeOffset startedAt, DateTimeOffset? endedAt, DateTimeOffset now)
    {
        var cleanTitle = title?.Trim() ?? string.Empty;
        var cleanNotes = notes?.Trim() ?? string.Empty;
        if (cleanTitle.Length > TitleMaxLength || cleanTitle.Any(char.IsControl) || cleanNotes.Length > NotesMaxLength)
        {
            return WorkoutsErrors.TextInvalid;
        }

        if (startedAt > now + AllowedClockSkew || endedAt > now + AllowedClockSkew)
        {
            return WorkoutsErrors.InFuture;
        }

        // Compared as stored (microseconds), so an end a few ticks after the start does not end up equal to it.
        var start = StoredTime.From(startedAt);
        var end = endedAt is { } ended ? StoredTime.From(ended) : (DateTimeOffset?)null;
        if (end is { } finish && (finish <= start || finish - start > MaxDuration))
        {
            return WorkoutsErrors.TimesInvalid;
        }

        (Title, Notes, StartedAt, EndedAt) = (cleanTitle, cleanNotes, start, end);
        return this;
    }
}

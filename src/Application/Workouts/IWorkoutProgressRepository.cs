namespace Platform.Application.Workouts;

/// <summary>
/// Personal records and statistics of one user's diary, computed by the database from the sets as they are now (so
/// an edited or deleted set changes them at once). Weights and volumes are in kilograms; callers convert them.
/// </summary>
public interface IWorkoutProgressRepository
{
    /// <summary>The records of the exercises the user has logged working sets of, the latest performed first.</summary>
    Task<(IReadOnlyList<ExerciseRecords> Page, long TotalCount)> ListRecordsAsync(Guid ownerId, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The records of one exercise, with the most reps done at each weight; null when no working set uses it.</summary>
    Task<ExerciseRecords?> FindRecordsAsync(Guid ownerId, Guid exerciseId, CancellationToken cancellationToken);

    /// <summary>
    /// The set holding the best estimated one-rep max of the exercise among the user's working sets other than
    /// <paramref name="excludedSetIds"/>: the record before those sets; null when no other set counts.
    /// </summary>
    Task<RecordSet?> BestOneRepMaxExceptAsync(Guid ownerId, Guid exerciseId, IReadOnlyCollection<Guid> excludedSetIds, CancellationToken cancellationToken);

    /// <summary>
    /// Counts, volumes and streaks of the workouts that started on the owner's local days [<paramref name="from"/>, <paramref name="to"/>]
    /// in <paramref name="timeZone"/> (an IANA id); null when the database does not know that zone.
    /// </summary>
    Task<DiaryStatistics?> GetStatisticsAsync(Guid ownerId, DateOnly from, DateOnly to, string timeZone, CancellationToken cancellationToken);
}

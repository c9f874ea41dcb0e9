using Platform.Application.UnitTests.Exercises;
using Platform.Application.Workouts;
using Platform.Domain.Workouts;

namespace Platform.Application.UnitTests.Workouts;

/// <summary>
/// The progress port over the in-memory workouts, for handler tests (units, not-found answers, paging). The SQL that
/// production runs is tested on PostgreSQL in the API tests; this follows the same definitions in LINQ.
/// </summary>
public sealed class InMemoryWorkoutProgressRepository(InMemoryWorkoutRepository workouts, InMemoryExerciseRepository exercises) : IWorkoutProgressRepository
{
    public Task<(IReadOnlyList<ExerciseRecords> Page, long TotalCount)> ListRecordsAsync(Guid ownerId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = WorkingSets(ownerId).GroupBy(entry => entry.Set.ExerciseId).Select(group => Records(group, withRepsAtWeight: false))
            .OrderByDescending(records => records.LastPerformedAt).ThenBy(records => records.ExerciseId).ToList();
        return Task.FromResult<(IReadOnlyList<ExerciseRecords>, long)>(([.. all.Skip((page - 1) * pageSize).Take(pageSize)], all.Count));
    }

    public Task<ExerciseRecords?> FindRecordsAsync(Guid ownerId, Guid exerciseId, CancellationToken cancellationToken) =>
        Task.FromResult(WorkingSets(ownerId).Where(entry => entry.Set.ExerciseId == exerciseId).GroupBy(entry => entry.Set.ExerciseId)
            .Select(group => Records(group, withRepsAtWeight: true)).SingleOrDefault());

    public Task<RecordSet?> BestOneRepMaxExceptAsync(Guid ownerId, Guid exerciseId, IReadOnlyCollection<Guid> excludedSetIds, CancellationToken cancellationToken) =>
        Task.FromResult(WorkingSets(ownerId)
            .Where(entry => entry.Set.ExerciseId == exerciseId && !excludedSetIds.Contains(entry.Set.Id) && entry.Set is { WeightKg: > 0, Reps: <= OneRepMax.MaxReps })
            .OrderByDescending(entry => OneRepMax.Epley(entry.Set.WeightKg!.Value, entry.Set.Reps!.Value)).ThenBy(entry => entry.Workout.StartedAt).ThenBy(entry => entry.Set.Position)
            .Select(entry => new RecordSet(entry.Set.WeightKg!.Value, entry.Set.Reps!.Value, entry.Workout.Id, entry.Set.Id, entry.Workout.StartedAt))
            .FirstOrDefault());

    public Task<DiaryStatistics?> GetStatisticsAsync(Guid ownerId, DateOnly from, DateOnly to, string timeZone, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        DateOnly LocalDay(Workout workout) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(workout.StartedAt, zone).DateTime);
        static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        static decimal Volume(IEnumerable<WorkoutSet> sets) => sets.Where(set => !set.IsWarmUp).Sum(set => (set.WeightKg ?? 0) * (set.Reps ?? 0));

        var inRange = workouts.Items.Where(workout => workout.OwnerId == ownerId && LocalDay(workout) >= from && LocalDay(workout) <= to).ToList();
        var weeks = new List<WeekTotals>();
        for (var monday = Monday(from); monday <= to; monday = monday.AddDays(7))
        {
            var week = inRange.Where(workout => Monday(LocalDay(workout)) == monday).ToList();
            weeks.Add(new WeekTotals(monday, week.Count, week.Sum(workout => workout.Sets.Count), Volume(week.SelectMany(workout => workout.Sets))));
        }

        var muscles = inRange.SelectMany(workout => workout.Sets).Where(set => !set.IsWarmUp && set.Reps != 0)
            .SelectMany(set => exercises.Items.Single(exercise => exercise.Id == set.ExerciseId).PrimaryMuscles.Select(muscle => (Muscle: muscle, Set: set)))
            .GroupBy(entry => entry.Muscle)
            .Select(group => new MuscleGroupTotals(group.Key, group.Count(), Volume(group.Select(entry => entry.Set))))
            .OrderByDescending(group => group.VolumeKg).ThenByDescending(group => group.SetCount).ThenBy(group => group.MuscleGroup, StringComparer.Ordinal)
            .ToList();
        var days = inRange.Select(LocalDay).Distinct().Order().ToList();
        var dayRuns = Runs(days, 1);
        var weekRuns = Runs([.. days.Select(Monday).Distinct()], 7);
        var streaks = new Streaks(
            dayRuns.Where(run => run.Last >= to.AddDays(-1)).Select(run => run.Length).DefaultIfEmpty().Max(),
            dayRuns.Select(run => run.Length).DefaultIfEmpty().Max(),
            weekRuns.Where(run => run.Last >= Monday(to).AddDays(-7)).Select(run => run.Length).DefaultIfEmpty().Max(),
            weekRuns.Select(run => run.Length).DefaultIfEmpty().Max());
        return Task.FromResult<DiaryStatistics?>(new DiaryStatistics(
            weeks.Sum(week => week.WorkoutCount), weeks.Sum(week => week.SetCount), weeks.Sum(week => week.VolumeKg), streaks, weeks, muscles));
    }

    private static List<(DateOnly Last, int Length)> Runs(IReadOnlyList<DateOnly> ordered, int step)
    {
        var runs = new List<(DateOnly Last, int Length)>();
        foreach (var day in ordered)
        {
            if (runs.Count > 0 && runs[^1].Last.AddDays(step) == day)
            {
                runs[^1] = (day, runs[^1].Length + 1);
            }
            else
            {
                runs.Add((day, 1));
            }
        }

        return runs;
    }

    private IEnumerable<(Workout Workout, WorkoutSet Set)> WorkingSets(Guid ownerId) =>
        workouts.Items.Where(workout => workout.OwnerId == ownerId)
            .SelectMany(workout => workout.Sets.Where(set => !set.IsWarmUp && set.Reps > 0).Select(set => (workout, set)));

    private static ExerciseRecords Records(IGrouping<Guid, (Workout Workout, WorkoutSet Set)> entries, bool withRepsAtWeight)
    {
        static RecordSet SetOf((Workout Workout, WorkoutSet Set) entry) =>
            new(entry.Set.WeightKg ?? 0, entry.Set.Reps!.Value, entry.Workout.Id, entry.Set.Id, entry.Workout.StartedAt);

        var weighted = entries.Where(entry => entry.Set.WeightKg > 0).OrderBy(entry => entry.Workout.StartedAt).ThenBy(entry => entry.Set.Position).ToList();
        var heaviest = weighted.OrderByDescending(entry => entry.Set.WeightKg).ThenByDescending(entry => entry.Set.Reps).Select(SetOf).FirstOrDefault();
        var best = weighted.Where(entry => entry.Set.Reps <= OneRepMax.MaxReps)
            .OrderByDescending(entry => OneRepMax.Epley(entry.Set.WeightKg!.Value, entry.Set.Reps!.Value)).Select(SetOf).FirstOrDefault();
        var volume = weighted.GroupBy(entry => entry.Workout)
            .Select(group => new RecordVolume(group.Sum(entry => entry.Set.WeightKg!.Value * entry.Set.Reps!.Value), group.Key.Id, group.Key.StartedAt))
            .OrderByDescending(record => record.VolumeKg).FirstOrDefault();
        var repsAtWeight = withRepsAtWeight
            ? entries.OrderBy(entry => entry.Workout.StartedAt).ThenBy(entry => entry.Set.Position).GroupBy(entry => entry.Set.WeightKg ?? 0)
                .Select(group => SetOf(group.OrderByDescending(entry => entry.Set.Reps).First())).OrderByDescending(set => set.WeightKg).ToList()
            : [];
        return new ExerciseRecords(entries.Key, entries.Max(entry => entry.Workout.StartedAt), heaviest, best, volume, repsAtWeight);
    }
}

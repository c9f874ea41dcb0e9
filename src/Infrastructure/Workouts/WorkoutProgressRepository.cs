using Npgsql;
using NpgsqlTypes;
using Platform.Application.Workouts;

namespace Platform.Infrastructure.Workouts;

/// <summary>
/// Records and statistics in SQL over workouts(owner_id, started_at) and workout_sets: nothing loads a user's sets into
/// memory. A working set is one that is not a warm-up and has at least one rep; volume is weight × reps of working sets.
/// A user's sets are reached workout by workout (a LATERAL subquery over the covering index on workout_id; OFFSET 0
/// keeps PostgreSQL from flattening it), never by a hash join that reads every user's sets (docs/benchmarks.md).
/// </summary>
internal sealed class WorkoutProgressRepository(PlatformDbContext context) : IWorkoutProgressRepository
{
    public async Task<(IReadOnlyList<ExerciseRecords> Page, long TotalCount)> ListRecordsAsync(
        Guid ownerId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await RecordRowsAsync(ownerId, exerciseId: null, pageSize, (long)(page - 1) * pageSize, withRepsAtWeight: false, cancellationToken);
        if (rows.Count > 0)
        {
            var records = rows.GroupBy(row => row.ExerciseId).Select(Assemble)
                .OrderByDescending(exercise => exercise.LastPerformedAt).ThenBy(exercise => exercise.ExerciseId).ToList();
            return (records, rows.First(row => row.Kind == "last").Total!.Value);
        }

        // A page past the end (or no working set at all): the count comes on its own.
        var total = page == 1 ? 0 : await context.Database.SqlQuery<long>($"""
                SELECT count(DISTINCT s.exercise_id) AS "Value"
                FROM workouts w
                CROSS JOIN LATERAL (
                    SELECT s.exercise_id FROM workout_sets s
                    WHERE s.workout_id = w.id AND NOT s.is_warm_up AND s.reps > 0
                    OFFSET 0) s
                WHERE w.owner_id = {ownerId}
                """)
            .SingleAsync(cancellationToken);
        return ([], total);
    }

    public async Task<ExerciseRecords?> FindRecordsAsync(Guid ownerId, Guid exerciseId, CancellationToken cancellationToken)
    {
        var rows = await RecordRowsAsync(ownerId, exerciseId, limit: 1, offset: 0, withRepsAtWeight: true, cancellationToken);
        return rows.Count == 0 ? null : Assemble(rows.GroupBy(row => row.ExerciseId).Single());
    }

    public async Task<RecordSet?> BestOneRepMaxExceptAsync(
        Guid ownerId, Guid exerciseId, IReadOnlyCollection<Guid> excludedSetIds, CancellationToken cancellationToken)
    {
        var excluded = excludedSetIds.ToArray();
        var rows = await context.Database.SqlQuery<RecordSet>($"""
                SELECT s.weight_kg, s.reps, w.id AS workout_id, s.id AS set_id, w.started_at AS achieved_at
                FROM workouts w
                CROSS JOIN LATERAL (
                    SELECT s.id, s.weight_kg, s.reps, s.position FROM workout_sets s
                    WHERE s.workout_id = w.id AND s.exercise_id = {exerciseId} AND NOT s.is_warm_up AND s.reps > 0
                      AND s.reps <= {Domain.Workouts.OneRepMax.MaxReps} AND s.weight_kg > 0 AND NOT (s.id = ANY ({excluded}))
                    OFFSET 0) s
                WHERE w.owner_id = {ownerId}
                ORDER BY CASE WHEN s.reps = 1 THEN s.weight_kg ELSE s.weight_kg * (1 + s.reps / 30.0) END DESC, w.started_at, s.position
                LIMIT 1
                """)
            .ToListAsync(cancellationToken);
        return rows.FirstOrDefault();
    }

    public async Task<DiaryStatistics?> GetStatisticsAsync(Guid ownerId, DateOnly from, DateOnly to, string timeZone, CancellationToken cancellationToken)
    {
        try
        {
            return await StatisticsAsync(ownerId, from, to, timeZone, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidParameterValue)
        {
            // The time zone database of PostgreSQL does not know the zone that .NET accepted for the profile.
            return null;
        }
    }

    private async Task<DiaryStatistics> StatisticsAsync(Guid ownerId, DateOnly from, DateOnly to, string timeZone, CancellationToken cancellationToken)
    {
        // The range's instants: local midnight of the first day to local midnight after the last, in the owner's zone.
        var weeks = await context.Database.SqlQuery<WeekTotals>($"""
                WITH range AS (
                    SELECT ({from}::timestamp AT TIME ZONE {timeZone}) AS starts, (({to} + 1)::timestamp AT TIME ZONE {timeZone}) AS ends),
                done AS (
                    SELECT date_trunc('week', w.started_at AT TIME ZONE {timeZone})::date AS week_start,
                           count(*) AS workouts, sum(totals.sets) AS sets, sum(totals.volume) AS volume
                    FROM range, workouts w
                    CROSS JOIN LATERAL (
                        SELECT count(*) AS sets, coalesce(sum(s.weight_kg * s.reps) FILTER (WHERE NOT s.is_warm_up), 0) AS volume
                        FROM workout_sets s WHERE s.workout_id = w.id) totals
                    WHERE w.owner_id = {ownerId} AND w.started_at >= range.starts AND w.started_at < range.ends
                    GROUP BY 1)
                SELECT weeks.week_start, coalesce(done.workouts, 0)::int AS workout_count, coalesce(done.sets, 0)::int AS set_count,
                       coalesce(done.volume, 0) AS volume_kg
                FROM (SELECT generate_series(date_trunc('week', {from}::timestamp), date_trunc('week', {to}::timestamp), interval '1 week')::date AS week_start) weeks
                LEFT JOIN done USING (week_start)
                ORDER BY weeks.week_start
                """)
            .ToListAsync(cancellationToken);
        var muscleGroups = await context.Database.SqlQuery<MuscleGroupTotals>($"""
                WITH range AS (
                    SELECT ({from}::timestamp AT TIME ZONE {timeZone}) AS starts, (({to} + 1)::timestamp AT TIME ZONE {timeZone}) AS ends),
                per_exercise AS (
                    SELECT s.exercise_id, count(*) AS sets, coalesce(sum(s.weight_kg * s.reps), 0) AS volume
                    FROM range, workouts w
                    CROSS JOIN LATERAL (
                        SELECT s.exercise_id, s.reps, s.weight_kg FROM workout_sets s
                        WHERE s.workout_id = w.id AND NOT s.is_warm_up AND s.reps > 0
                        OFFSET 0) s
                    WHERE w.owner_id = {ownerId} AND w.started_at >= range.starts AND w.started_at < range.ends
                    GROUP BY s.exercise_id)
                SELECT muscle.name AS muscle_group, sum(per_exercise.sets)::int AS set_count, sum(per_exercise.volume) AS volume_kg
                FROM per_exercise
                JOIN exercises e ON e.id = per_exercise.exercise_id
                CROSS JOIN LATERAL unnest(e.primary_muscles) AS muscle(name)
                GROUP BY muscle.name
                ORDER BY volume_kg DESC, set_count DESC, muscle.name
                """)
            .ToListAsync(cancellationToken);
        // Gaps and islands: consecutive days (weeks) share day - row_number (week - 7 * row_number).
        var streaks = await context.Database.SqlQuery<StreakRow>($"""
                WITH range AS (
                    SELECT ({from}::timestamp AT TIME ZONE {timeZone}) AS starts, (({to} + 1)::timestamp AT TIME ZONE {timeZone}) AS ends),
                days AS (
                    SELECT DISTINCT (w.started_at AT TIME ZONE {timeZone})::date AS day
                    FROM range, workouts w
                    WHERE w.owner_id = {ownerId} AND w.started_at >= range.starts AND w.started_at < range.ends),
                day_runs AS (
                    SELECT max(day) AS last_day, count(*) AS length
                    FROM (SELECT day, day - (row_number() OVER (ORDER BY day))::int AS run FROM days) numbered
                    GROUP BY run),
                weeks AS (SELECT DISTINCT date_trunc('week', day::timestamp)::date AS week FROM days),
                week_runs AS (
                    SELECT max(week) AS last_week, count(*) AS length
                    FROM (SELECT week, week - (7 * row_number() OVER (ORDER BY week))::int AS run FROM weeks) numbered
                    GROUP BY run)
                SELECT coalesce((SELECT max(length) FROM day_runs WHERE last_day >= {to} - 1), 0)::int AS current_days,
                       coalesce((SELECT max(length) FROM day_runs), 0)::int AS longest_days,
                       coalesce((SELECT max(length) FROM week_runs WHERE last_week >= date_trunc('week', {to}::timestamp)::date - 7), 0)::int AS current_weeks,
                       coalesce((SELECT max(length) FROM week_runs), 0)::int AS longest_weeks
                """)
            .SingleAsync(cancellationToken);
        return new DiaryStatistics(
            weeks.Sum(week => week.WorkoutCount),
            weeks.Sum(week => week.SetCount),
            weeks.Sum(week => week.VolumeKg),
            new Streaks(streaks.CurrentDays, streaks.LongestDays, streaks.CurrentWeeks, streaks.LongestWeeks),
            weeks,
            muscleGroups);
    }

    /// <summary>
    /// The records of one page of the owner's exercises (the latest performed first), or of one exercise, in one
    /// statement: a row per record, and per exercise a <c>last</c> row with when it was last performed and how many
    /// exercises the whole list holds. Each record is the first set (or workout) to reach it: ties go to the earliest.
    /// </summary>
    private Task<List<RecordRow>> RecordRowsAsync(
        Guid ownerId, Guid? exerciseId, int limit, long offset, bool withRepsAtWeight, CancellationToken cancellationToken)
    {
        // Two parameters of the same value: one parameter object may not appear twice in a command.
        var anyExercise = new NpgsqlParameter<Guid?>("any_exercise", NpgsqlDbType.Uuid) { TypedValue = exerciseId };
        var exercise = new NpgsqlParameter<Guid?>("exercise", NpgsqlDbType.Uuid) { TypedValue = exerciseId };
        var maxRepsForOneRepMax = Domain.Workouts.OneRepMax.MaxReps;
        return context.Database.SqlQuery<RecordRow>($"""
                WITH working AS MATERIALIZED (
                    SELECT s.exercise_id, s.set_id, s.position, w.id AS workout_id, w.started_at, s.reps, s.weight_kg
                    FROM workouts w
                    CROSS JOIN LATERAL (
                        SELECT s.exercise_id, s.id AS set_id, s.position, s.reps, coalesce(s.weight_kg, 0) AS weight_kg FROM workout_sets s
                        WHERE s.workout_id = w.id AND ({anyExercise} IS NULL OR s.exercise_id = {exercise}) AND NOT s.is_warm_up AND s.reps > 0
                        OFFSET 0) s
                    WHERE w.owner_id = {ownerId}),
                page AS (
                    SELECT exercise_id, max(started_at) AS last_performed_at, count(*) OVER () AS total
                    FROM working GROUP BY exercise_id
                    ORDER BY last_performed_at DESC, exercise_id
                    LIMIT {limit} OFFSET {offset}),
                paged AS MATERIALIZED (SELECT working.* FROM working JOIN page USING (exercise_id))
                SELECT 'last' AS kind, exercise_id, 0::numeric AS weight_kg, 0 AS reps, 0::numeric AS volume_kg,
                       NULL::uuid AS workout_id, NULL::uuid AS set_id, last_performed_at AS achieved_at, total
                FROM page
                UNION ALL
                SELECT * FROM (
                    SELECT DISTINCT ON (exercise_id) 'heaviest', exercise_id, weight_kg, reps, 0::numeric, workout_id, set_id, started_at, NULL::bigint
                    FROM paged WHERE weight_kg > 0
                    ORDER BY exercise_id, weight_kg DESC, reps DESC, started_at, position) heaviest
                UNION ALL
                SELECT * FROM (
                    SELECT DISTINCT ON (exercise_id) 'one_rep_max', exercise_id, weight_kg, reps, 0::numeric, workout_id, set_id, started_at, NULL::bigint
                    FROM paged WHERE weight_kg > 0 AND reps <= {maxRepsForOneRepMax}
                    ORDER BY exercise_id, CASE WHEN reps = 1 THEN weight_kg ELSE weight_kg * (1 + reps / 30.0) END DESC, started_at, position) one_rep_max
                UNION ALL
                SELECT * FROM (
                    SELECT DISTINCT ON (exercise_id) 'volume', exercise_id, 0::numeric, 0, volume, workout_id, NULL::uuid, started_at, NULL::bigint
                    FROM (SELECT exercise_id, workout_id, started_at, sum(weight_kg * reps) AS volume
                          FROM paged WHERE weight_kg > 0 GROUP BY exercise_id, workout_id, started_at) per_workout
                    ORDER BY exercise_id, volume DESC, started_at, workout_id) volume
                UNION ALL
                SELECT * FROM (
                    SELECT DISTINCT ON (exercise_id, weight_kg) 'reps_at_weight', exercise_id, weight_kg, reps, 0::numeric, workout_id, set_id, started_at, NULL::bigint
                    FROM paged WHERE {withRepsAtWeight}
                    ORDER BY exercise_id, weight_kg DESC, reps DESC, started_at, position) reps_at_weight
                """)
            .ToListAsync(cancellationToken);
    }

    private static ExerciseRecords Assemble(IGrouping<Guid, RecordRow> rows)
    {
        RecordSet? SetOf(string kind) =>
            rows.Where(row => row.Kind == kind).Select(ToSet).SingleOrDefault();

        var volume = rows.SingleOrDefault(row => row.Kind == "volume");
        return new ExerciseRecords(
            rows.Key,
            rows.Single(row => row.Kind == "last").AchievedAt,
            SetOf("heaviest"),
            SetOf("one_rep_max"),
            volume is null ? null : new RecordVolume(volume.VolumeKg, volume.WorkoutId!.Value, volume.AchievedAt),
            [.. rows.Where(row => row.Kind == "reps_at_weight").OrderByDescending(row => row.WeightKg).Select(ToSet)]);
    }

    private static RecordSet ToSet(RecordRow row) => new(row.WeightKg, row.Reps, row.WorkoutId!.Value, row.SetId!.Value, row.AchievedAt);
}

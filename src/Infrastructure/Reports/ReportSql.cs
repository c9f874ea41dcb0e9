using Npgsql;
using NpgsqlTypes;
using Platform.Application.Reports;

namespace Platform.Infrastructure.Reports;

/// <summary>
/// The SQL of each report of the catalogue, answering its columns in order. Parameters: <c>@from</c>, <c>@to</c> (local
/// days, inclusive), <c>@tz</c> (IANA zone), <c>@unit</c> (day, week, month), <c>@caller</c>, <c>@project</c>, and
/// <c>@rolled</c>: where the rolled-up slots of the report's rollup end (ADR 47), null when it has none yet.
/// </summary>
internal static class ReportSql
{
    /// <summary>
    /// The window's instants, local midnight of the first day to local midnight after the last. Written out where they
    /// filter rows (not joined from a CTE), so that PostgreSQL prunes the partitions of partitioned tables.
    /// </summary>
    private const string Starts = "(@from::timestamp AT TIME ZONE @tz)";

    private const string Ends = "((@to + 1)::timestamp AT TIME ZONE @tz)";

    /// <summary>Rows from this instant on are not rolled up yet and are counted raw.</summary>
    private const string Rolled = "coalesce(@rolled::timestamptz, '-infinity'::timestamptz)";

    private static readonly Dictionary<string, string> Rollups = new()
    {
        ["sign-ups"] = ReportRollups.SignUps,
        ["sign-in-outcomes"] = ReportRollups.SignIns,
        ["notification-delivery"] = ReportRollups.Notifications,
    };

    /// <summary>
    /// <c>buckets</c>: the first local day of every bucket the window touches; <c>spans</c>: each bucket's instants,
    /// clipped to the window.
    /// </summary>
    private const string Window = """
        WITH buckets AS (
            SELECT generate_series(date_trunc(@unit, @from::timestamp), date_trunc(@unit, @to::timestamp), ('1 ' || @unit)::interval)::date AS bucket),
        spans AS (
            SELECT b.bucket, greatest(b.bucket::timestamp AT TIME ZONE @tz, (@from::timestamp AT TIME ZONE @tz)) AS starts,
                   least((b.bucket + ('1 ' || @unit)::interval) AT TIME ZONE @tz, ((@to + 1)::timestamp AT TIME ZONE @tz)) AS ends
            FROM buckets b)
        """;

    private static readonly Dictionary<string, string> Statements = new()
    {
        ["sign-ups"] = $$"""
            SELECT b.bucket, coalesce(c.n, 0)::bigint AS sign_ups
            FROM buckets b
            LEFT JOIN (
                SELECT bucket, sum(n) AS n
                FROM (
                    SELECT date_trunc(@unit, r.slot AT TIME ZONE @tz)::date AS bucket, r.users AS n
                    FROM sign_up_rollups r
                    WHERE r.slot >= {{Starts}} AND r.slot < least({{Ends}}, {{Rolled}})
                    UNION ALL
                    SELECT date_trunc(@unit, u.created_at AT TIME ZONE @tz)::date, count(*)
                    FROM users u
                    WHERE u.created_at >= greatest({{Starts}}, {{Rolled}}) AND u.created_at < {{Ends}}
                    GROUP BY 1) parts
                GROUP BY 1) c USING (bucket)
            ORDER BY b.bucket
            """,
        // A day's row holds the instant of the user's first request of that UTC day; the UTC days around the local
        // range prune the partitions, the instants decide the buckets.
        ["active-users"] = $$"""
            SELECT b.bucket, coalesce(c.n, 0)
            FROM buckets b
            LEFT JOIN (
                SELECT date_trunc(@unit, a.seen_at AT TIME ZONE @tz)::date AS bucket, count(DISTINCT a.user_id) AS n
                FROM user_activity a
                WHERE a.day >= @from - 1 AND a.day <= @to + 1 AND a.seen_at >= {{Starts}} AND a.seen_at < {{Ends}}
                GROUP BY 1) c USING (bucket)
            ORDER BY b.bucket
            """,
        ["sign-in-outcomes"] = $$"""
            , counted AS (
                SELECT bucket, app_type, sum(successes)::bigint AS successes, sum(failures)::bigint AS failures
                FROM (
                    SELECT date_trunc(@unit, r.slot AT TIME ZONE @tz)::date AS bucket, r.app_type, r.successes, r.failures
                    FROM sign_in_rollups r
                    WHERE r.slot >= {{Starts}} AND r.slot < least({{Ends}}, {{Rolled}})
                    UNION ALL
                    SELECT date_trunc(@unit, a.occurred_at AT TIME ZONE @tz)::date, coalesce(a.app_type, 'unknown'),
                           count(*) FILTER (WHERE a.outcome = 'Success'), count(*) FILTER (WHERE a.outcome = 'Failure')
                    FROM audit_events a
                    WHERE a.type = 'login' AND a.occurred_at >= greatest({{Starts}}, {{Rolled}}) AND a.occurred_at < {{Ends}}
                    GROUP BY 1, 2) parts
                GROUP BY 1, 2)
            SELECT b.bucket, t.app_type, coalesce(c.successes, 0), coalesce(c.failures, 0)
            FROM buckets b
            CROSS JOIN (SELECT DISTINCT app_type FROM counted) t
            LEFT JOIN counted c ON c.bucket = b.bucket AND c.app_type = t.app_type
            ORDER BY b.bucket, t.app_type
            """,
        // Like active users, from the activity rows, one per user, app type and version a UTC day.
        ["client-versions"] = $$"""
            , counted AS (
                SELECT date_trunc(@unit, a.seen_at AT TIME ZONE @tz)::date AS bucket, a.app_type, a.app_version, count(DISTINCT a.user_id) AS users
                FROM user_activity a
                WHERE a.day >= @from - 1 AND a.day <= @to + 1 AND a.seen_at >= {{Starts}} AND a.seen_at < {{Ends}}
                GROUP BY 1, 2, 3)
            SELECT b.bucket, v.app_type, v.app_version, coalesce(c.users, 0)
            FROM buckets b
            CROSS JOIN (SELECT DISTINCT app_type, app_version FROM counted) v
            LEFT JOIN counted c ON c.bucket = b.bucket AND c.app_type = v.app_type AND c.app_version = v.app_version
            ORDER BY b.bucket, v.app_type COLLATE "C", v.app_version COLLATE "C"
            """,
        ["projects-by-status"] = $$"""
            , counted AS (
                SELECT date_trunc(@unit, p.created_at AT TIME ZONE @tz)::date AS bucket, lower(p.status) AS status, count(*) AS n
                FROM projects p
                WHERE p.created_at >= {{Starts}} AND p.created_at < {{Ends}}
                GROUP BY 1, 2)
            SELECT b.bucket, st.status, coalesce(c.n, 0)
            FROM buckets b
            CROSS JOIN (VALUES ('active'), ('archived')) st(status)
            LEFT JOIN counted c ON c.bucket = b.bucket AND c.status = st.status
            ORDER BY b.bucket, st.status
            """,
        ["workouts-logged"] = $$"""
            SELECT b.bucket, coalesce(c.workouts, 0), coalesce(c.sets, 0)::bigint
            FROM buckets b
            LEFT JOIN (
                SELECT date_trunc(@unit, w.created_at AT TIME ZONE @tz)::date AS bucket, count(*) AS workouts, sum(t.sets) AS sets
                FROM workouts w
                CROSS JOIN LATERAL (SELECT count(*) AS sets FROM workout_sets s WHERE s.workout_id = w.id) t
                WHERE w.created_at >= {{Starts}} AND w.created_at < {{Ends}}
                GROUP BY 1) c USING (bucket)
            ORDER BY b.bucket
            """,
        ["notification-delivery"] = $$"""
            , counted AS (
                SELECT bucket, type, sum(created)::bigint AS created, sum(in_app)::bigint AS in_app, sum(in_digest)::bigint AS in_digest,
                       sum(read)::bigint AS read
                FROM (
                    SELECT date_trunc(@unit, r.slot AT TIME ZONE @tz)::date AS bucket, r.type, r.created, r.in_app, r.in_digest, r.read
                    FROM notification_rollups r
                    WHERE r.slot >= {{Starts}} AND r.slot < least({{Ends}}, {{Rolled}})
                    UNION ALL
                    SELECT date_trunc(@unit, n.created_at AT TIME ZONE @tz)::date, n.type, count(*), count(*) FILTER (WHERE n.in_app),
                           count(*) FILTER (WHERE n.in_digest), count(*) FILTER (WHERE n.read_at IS NOT NULL)
                    FROM notifications n
                    WHERE n.created_at >= greatest({{Starts}}, {{Rolled}}) AND n.created_at < {{Ends}}
                    GROUP BY 1, 2) parts
                GROUP BY 1, 2
                HAVING sum(created) > 0)
            SELECT b.bucket, t.type, coalesce(c.created, 0), coalesce(c.in_app, 0), coalesce(c.in_digest, 0), coalesce(c.read, 0)
            FROM buckets b
            CROSS JOIN (SELECT DISTINCT type FROM counted) t
            LEFT JOIN counted c ON c.bucket = b.bucket AND c.type = t.type
            ORDER BY b.bucket, t.type
            """,
        ["project-members"] = $$"""
            SELECT s.bucket, r.role, count(m.user_id)
            FROM spans s
            CROSS JOIN (VALUES (1, 'owner'), (2, 'maintainer'), (3, 'member'), (4, 'viewer')) r(position, role)
            LEFT JOIN project_members m ON m.project_id = @project AND lower(m.role) = r.role AND m.joined_at < s.ends
            GROUP BY s.bucket, r.position, r.role
            ORDER BY s.bucket, r.position
            """,
        ["audit-trail"] = $$"""
            SELECT date_trunc(@unit, a.occurred_at AT TIME ZONE @tz)::date, to_char(a.occurred_at AT TIME ZONE @tz, 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                   a.type, lower(a.outcome), a.user_id::text, a.actor_id::text, a.ip_address, a.app_type, a.detail
            FROM audit_events a
            WHERE a.occurred_at >= {{Starts}} AND a.occurred_at < {{Ends}}
            ORDER BY a.occurred_at, a.id
            """,
        ["project-joins"] = $$"""
            SELECT b.bucket, coalesce(c.n, 0)
            FROM buckets b
            LEFT JOIN (
                SELECT date_trunc(@unit, m.joined_at AT TIME ZONE @tz)::date AS bucket, count(*) AS n
                FROM project_members m
                WHERE m.project_id = @project AND m.joined_at >= {{Starts}} AND m.joined_at < {{Ends}}
                GROUP BY 1) c USING (bucket)
            ORDER BY b.bucket
            """,
        ["my-workouts"] = $$"""
            SELECT b.bucket, coalesce(c.workouts, 0), coalesce(c.sets, 0)::bigint, round(coalesce(c.volume, 0), 2)
            FROM buckets b
            LEFT JOIN (
                SELECT date_trunc(@unit, w.started_at AT TIME ZONE @tz)::date AS bucket, count(*) AS workouts, sum(t.sets) AS sets,
                       sum(t.volume) AS volume
                FROM workouts w
                CROSS JOIN LATERAL (
                    SELECT count(*) AS sets, coalesce(sum(s.weight_kg * s.reps) FILTER (WHERE NOT s.is_warm_up), 0) AS volume
                    FROM workout_sets s WHERE s.workout_id = w.id) t
                WHERE w.owner_id = @caller AND w.started_at >= {{Starts}} AND w.started_at < {{Ends}}
                GROUP BY 1) c USING (bucket)
            ORDER BY b.bucket
            """,
    };

    /// <summary>
    /// Reports of distinct users per bucket, which no rollup can add up: their closed buckets are counted once and kept
    /// (<see cref="ClosedBucketCounts"/>, ADR 47).
    /// </summary>
    private static readonly HashSet<string> ClosedBucketsKept = ["active-users", "client-versions"];

    public static bool KeepsClosedBuckets(string key) => ClosedBucketsKept.Contains(key);

    /// <summary>The window's parameters: <c>@from</c>, <c>@to</c>, <c>@tz</c>, <c>@unit</c>.</summary>
    public static void AddWindow(NpgsqlCommand command, ReportWindow window)
    {
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = window.From });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = window.To });
        command.Parameters.Add(new NpgsqlParameter("tz", NpgsqlDbType.Text) { Value = window.TimeZone });
        command.Parameters.Add(new NpgsqlParameter("unit", NpgsqlDbType.Text) { Value = window.Granularity });
    }

    /// <summary>The window's buckets and their spans, for statements of their own.</summary>
    public static string WindowOnly => Window;

    /// <summary>The rollup a report reads its closed slots from, if it has one (ADR 47).</summary>
    public static string? RollupOf(string key) => Rollups.GetValueOrDefault(key);

    /// <summary>The whole statement of a report; every report of the catalogue has one (a test runs each).</summary>
    public static string For(string key) =>
        Window + (Statements[key].StartsWith(',') ? "" : "\n") + Statements[key];
}

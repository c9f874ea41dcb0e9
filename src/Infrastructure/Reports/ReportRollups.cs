using Npgsql;
using Platform.Application.Reports;

namespace Platform.Infrastructure.Reports;

/// <summary>
/// The report rollups (ADR 47): the rows of a large table counted per 15-minute slot of UTC time. Every zone's local
/// days, weeks and months are unions of such slots (every offset in use is a whole number of quarter hours), so a
/// report adds up the slots of its buckets, then counts only the raw rows after the rolled-up ones. Each rollup keeps
/// its mark in <c>report_rollup_marks</c>: where its rolled-up slots end. A run holds the rollup's advisory lock, which
/// the triggers that keep a rollup exact after the fact (notifications: read, unread, left the digest, deleted) take
/// shared, so no change slips between a run's count and its new mark.
/// </summary>
internal sealed class ReportRollups(PlatformDbContext context) : IReportRollups
{
    public const string Notifications = "notifications";
    public const string SignIns = "sign-ins";
    public const string SignUps = "sign-ups";

    /// <summary>
    /// A row is stamped when its command runs and visible when the command commits: a slot is rolled up once it ended
    /// this long ago, so no row of it can still be on its way.
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    /// <summary>The longest stretch one run rolls up, from a rollup's mark (or its table's first row).</summary>
    public static readonly TimeSpan LongestRun = TimeSpan.FromDays(31);

    private static readonly TimeSpan Slot = TimeSpan.FromMinutes(15);

    /// <summary>The rollup's mark, read under its lock; none before the first run. A value, not a subquery, so it is planned with it.</summary>
    private const string From = "coalesce({0}, '-infinity'::timestamptz)";

    /// <summary>
    /// Each rollup: the statement that counts the rows from its mark (<c>{0}</c>) to <c>{1}</c> into it, and where its
    /// table's rows start. Notifications come last: the run's transaction holds each lock it took until it commits.
    /// </summary>
    private static readonly IReadOnlyList<(string Name, string RollUpSql, string FirstRowSql)> All =
    [
        (SignIns, $"""
            INSERT INTO sign_in_rollups (slot, app_type, successes, failures)
            SELECT date_bin('15 minutes', a.occurred_at, TIMESTAMPTZ '2000-01-01Z'), coalesce(a.app_type, 'unknown'),
                   count(*) FILTER (WHERE a.outcome = 'Success'), count(*) FILTER (WHERE a.outcome = 'Failure')
            FROM audit_events a
            WHERE a.type = 'login' AND a.occurred_at >= {From} AND a.occurred_at < {"{1}"}
            GROUP BY 1, 2
            """,
            """SELECT min(a.occurred_at) AS "Value" FROM audit_events a WHERE a.type = 'login'"""),
        (SignUps, $"""
            INSERT INTO sign_up_rollups (slot, users)
            SELECT date_bin('15 minutes', u.created_at, TIMESTAMPTZ '2000-01-01Z'), count(*)
            FROM users u
            WHERE u.created_at >= {From} AND u.created_at < {"{1}"}
            GROUP BY 1
            """,
            """SELECT min(u.created_at) AS "Value" FROM users u"""),
        (Notifications, $"""
            INSERT INTO notification_rollups (slot, type, created, in_app, in_digest, read)
            SELECT date_bin('15 minutes', n.created_at, TIMESTAMPTZ '2000-01-01Z'), n.type, count(*), count(*) FILTER (WHERE n.in_app),
                   count(*) FILTER (WHERE n.in_digest), count(*) FILTER (WHERE n.read_at IS NOT NULL)
            FROM notifications n
            WHERE n.created_at >= {From} AND n.created_at < {"{1}"}
            GROUP BY 1, 2
            """,
            """SELECT min(n.created_at) AS "Value" FROM notifications n"""),
    ];

    public async Task<int> RollUpAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var closed = SlotOf(now - Settle);
        var written = 0;
        foreach (var (name, rollUpSql, firstRowSql) in All)
        {
            // Never queue behind a long writer (a purge): new writers would queue behind this run. The next run catches up.
            if (!await context.Database.SqlQuery<bool>($"""SELECT pg_try_advisory_xact_lock(hashtextextended({LockOf(name)}, 0)) AS "Value" """)
                    .SingleAsync(cancellationToken))
            {
                continue;
            }

            var marks = await context.Database
                .SqlQuery<DateTimeOffset>($"""SELECT rolled_until AS "Value" FROM report_rollup_marks WHERE rollup = {name} AND rolled_until > '-infinity'""")
                .ToListAsync(cancellationToken);
            var from = marks is [var mark] ? mark : await FirstSlotAsync(firstRowSql, cancellationToken);
            // At most a month a run, so a run holds the lock (which the notifications' triggers wait for) briefly even
            // when it rolls up years of history on its first runs.
            var until = from is { } start && start + LongestRun < closed ? start + LongestRun : closed;
            if (from >= until)
            {
                continue;
            }

            written += await context.Database.ExecuteSqlRawAsync(
                rollUpSql, [new NpgsqlParameter<DateTimeOffset?>("from", from) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz }, until], cancellationToken);
            await context.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO report_rollup_marks (rollup, rolled_until) VALUES ({name}, {until})
                ON CONFLICT (rollup) DO UPDATE SET rolled_until = greatest(report_rollup_marks.rolled_until, excluded.rolled_until)
                """,
                cancellationToken);
        }

        return written;
    }

    /// <summary>The reports' view of the marks: where a rollup's slots end (none before its first run).</summary>
    public static async Task<DateTimeOffset?> MarkAsync(NpgsqlConnection connection, string rollup, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT rolled_until FROM report_rollup_marks WHERE rollup = @rollup AND rolled_until > '-infinity'", connection);
        command.Parameters.AddWithValue("rollup", rollup);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime rolledUntil ? new DateTimeOffset(rolledUntil, TimeSpan.Zero) : null;
    }

    /// <summary>Where a rollup never run starts: the slot of its table's first row (none when the table is empty).</summary>
    private async Task<DateTimeOffset?> FirstSlotAsync(string firstRowSql, CancellationToken cancellationToken) =>
        await context.Database.SqlQueryRaw<DateTimeOffset?>(firstRowSql).SingleAsync(cancellationToken) is { } first ? SlotOf(first) : null;

    /// <summary>The name of a rollup's advisory lock (the migration's triggers use the same).</summary>
    private static string LockOf(string rollup) => "platform.report-rollup." + rollup;

    private static DateTimeOffset SlotOf(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % Slot.Ticks), TimeSpan.Zero);
}

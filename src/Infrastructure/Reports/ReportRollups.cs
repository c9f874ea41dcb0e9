using Npgsql;
using Platform.Application.Reports;

namespace Platform.Infrastructure.Reports;

/// <summary>
/// The report rollups (ADR 47): the rows of a large table counted per 15-minute slot of UTC time. Every zone's local
/// days, weeks and months are unions of such slots (every offset in use is a whole number of quarter hours), so a
/// report adds up the slots of its buckets, then counts only the raw rows after the rolled-up ones. Each rollup keeps
/// its mark in <c>report_rollup_marks</c>: where its rolled-up slots end. Runs are serialized by the mark's row lock.
/// </summary>
internal sealed class ReportRollups(PlatformDbContext context) : IReportRollups
{
    public const string SignIns = "sign-ins";
    public const string SignUps = "sign-ups";

    /// <summary>
    /// A row is stamped when its command runs and visible when the command commits: a slot is rolled up once it ended
    /// this long ago, so no row of it can still be on its way.
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan Slot = TimeSpan.FromMinutes(15);

    /// <summary>Each rollup: its first row's instant, and the statement that counts the rows of [<c>{0}</c>, <c>{1}</c>) into it.</summary>
    private static readonly IReadOnlyList<Rollup> All =
    [
        new(SignIns,
            """SELECT min(a.occurred_at) AS "Value" FROM audit_events a WHERE a.type = 'login'""",
            """
            INSERT INTO sign_in_rollups (slot, app_type, successes, failures)
            SELECT date_bin('15 minutes', a.occurred_at, TIMESTAMPTZ '2000-01-01Z'), coalesce(a.app_type, 'unknown'),
                   count(*) FILTER (WHERE a.outcome = 'Success'), count(*) FILTER (WHERE a.outcome = 'Failure')
            FROM audit_events a
            WHERE a.type = 'login' AND a.occurred_at >= {0} AND a.occurred_at < {1}
            GROUP BY 1, 2
            """),
        new(SignUps,
            """SELECT min(u.created_at) AS "Value" FROM users u""",
            """
            INSERT INTO sign_up_rollups (slot, users)
            SELECT date_bin('15 minutes', u.created_at, TIMESTAMPTZ '2000-01-01Z'), count(*)
            FROM users u
            WHERE u.created_at >= {0} AND u.created_at < {1}
            GROUP BY 1
            """),
    ];

    public async Task<int> RollUpAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = SlotOf(now - Settle);
        var written = 0;
        foreach (var rollup in All)
        {
            var marks = await context.Database
                .SqlQuery<DateTimeOffset>($"""SELECT rolled_until AS "Value" FROM report_rollup_marks WHERE rollup = {rollup.Name} FOR UPDATE""")
                .ToListAsync(cancellationToken);
            var from = marks is [var mark] ? mark : await FirstSlotAsync(rollup, until, cancellationToken);
            if (from >= until)
            {
                continue;
            }

#pragma warning disable EF1002 // The statements are the constants above; the instants go as parameters.
            written += await context.Database.ExecuteSqlRawAsync(rollup.RollUpSql, [from, until], cancellationToken);
#pragma warning restore EF1002
            await context.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO report_rollup_marks (rollup, rolled_until) VALUES ({rollup.Name}, {until})
                ON CONFLICT (rollup) DO UPDATE SET rolled_until = excluded.rolled_until
                """,
                cancellationToken);
        }

        return written;
    }

    /// <summary>The reports' view of the marks: where each rollup's slots end (a rollup never run has none).</summary>
    public static async Task<DateTimeOffset?> MarkAsync(NpgsqlConnection connection, string rollup, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT rolled_until FROM report_rollup_marks WHERE rollup = @rollup", connection);
        command.Parameters.AddWithValue("rollup", rollup);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime rolledUntil ? new DateTimeOffset(rolledUntil, TimeSpan.Zero) : null;
    }

    /// <summary>Where a rollup never run starts: the slot of its table's first row (or nowhere, when it has none).</summary>
    private async Task<DateTimeOffset> FirstSlotAsync(Rollup rollup, DateTimeOffset until, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002
        var first = await context.Database.SqlQueryRaw<DateTimeOffset?>(rollup.FirstRowSql).ToListAsync(cancellationToken);
#pragma warning restore EF1002
        return first is [{ } instant] ? SlotOf(instant) : until;
    }

    private static DateTimeOffset SlotOf(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % Slot.Ticks), TimeSpan.Zero);

    private sealed record Rollup(string Name, string FirstRowSql, string RollUpSql);
}

using Microsoft.Extensions.Options;
using Platform.Application.Reports;

namespace Platform.Infrastructure.Persistence;

/// <summary>Retention of the partitioned tables (<c>Partitions:RetentionMonths:&lt;table&gt;</c>): whole months older than it are dropped.</summary>
public sealed class PartitionOptions
{
    public const string SectionName = "Partitions";

    public Dictionary<string, int> RetentionMonths { get; set; } = new()
    {
        [PartitionMaintenance.AuditEvents] = 36,
        [PartitionMaintenance.Notifications] = 13,
        [PartitionMaintenance.UserActivity] = 25,
    };

    public bool IsValid => RetentionMonths.Keys.All(PartitionMaintenance.Tables.ContainsKey) && RetentionMonths.Values.All(months => months >= 1);
}

/// <summary>
/// Calls the partition functions of the Partitions migration for each monthly-partitioned table: dropping a month is
/// one <c>DROP TABLE</c>, where deleting its rows would scan and vacuum them (docs/benchmarks.md).
/// </summary>
internal sealed class PartitionMaintenance(PlatformDbContext context, IOptions<PartitionOptions> options) : IPartitionMaintenance
{
    public const string AuditEvents = "audit_events";
    public const string Notifications = "notifications";
    public const string UserActivity = "user_activity";

    /// <summary>Each table and whether its partition key is an instant (cut at UTC midnights) rather than a date.</summary>
    public static readonly IReadOnlyDictionary<string, bool> Tables = new Dictionary<string, bool>
    {
        [AuditEvents] = true,
        [Notifications] = true,
        [UserActivity] = false,
    };

    public async Task<int> CreateAheadAsync(DateOnly today, int monthsAhead, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var (table, byInstant) in Tables)
        {
            var last = today.AddMonths(monthsAhead);
            created += await context.Database.SqlQuery<int>(
                    $"""SELECT platform_create_month_partitions({table}, {today}, {last}, {byInstant}) AS "Value" """)
                .SingleAsync(cancellationToken);
        }

        return created;
    }

    public async Task<int> DropExpiredAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var dropped = 0;
        foreach (var (table, months) in options.Value.RetentionMonths)
        {
            var cutoff = new DateOnly(today.Year, today.Month, 1).AddMonths(-months);
            dropped += await context.Database.SqlQuery<int>($"""SELECT platform_drop_month_partitions_before({table}, {cutoff}) AS "Value" """)
                .SingleAsync(cancellationToken);
        }

        return dropped;
    }
}

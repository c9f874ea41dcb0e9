namespace Platform.Application.Reports;

/// <summary>The monthly partitions of the large tables (the audit trail, notifications, user activity): made ahead, dropped past retention.</summary>
public interface IPartitionMaintenance
{
    /// <summary>Creates the partitions of the months from this one to <paramref name="monthsAhead"/> ahead that do not exist yet; answers how many.</summary>
    Task<int> CreateAheadAsync(DateOnly today, int monthsAhead, CancellationToken cancellationToken);

    /// <summary>Drops each table's partitions whose month ended before its retention; answers how many.</summary>
    Task<int> DropExpiredAsync(DateOnly today, CancellationToken cancellationToken);
}

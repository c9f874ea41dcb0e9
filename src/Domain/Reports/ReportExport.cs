namespace Platform.Domain.Reports;

/// <summary>
/// A report run asked for as a file: queued when asked, written by the job engine in one transaction with its turning
/// ready, then downloadable by its requester only until <see cref="ExpiresAt"/>, <see cref="Lifetime"/> after it was
/// written. Its window is the one resolved when it was asked (days, granularity, IANA zone).
/// </summary>
public sealed class ReportExport : AggregateRoot
{
    /// <summary>How long a written export can be downloaded.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Exports a user may have queued or running at once.</summary>
    public const int MaxPendingPerUser = 3;

    public const int FailureCodeMaxLength = 64;

    private ReportExport(
        Guid id, Guid requesterId, string reportKey, DateOnly from, DateOnly to, string granularity, string timeZone, Guid? projectId, DateTimeOffset requestedAt)
    {
        Id = id;
        RequesterId = requesterId;
        ReportKey = reportKey;
        From = from;
        To = to;
        Granularity = granularity;
        TimeZone = timeZone;
        ProjectId = projectId;
        RequestedAt = requestedAt;
    }

    public Guid Id { get; }

    public Guid RequesterId { get; }

    public string ReportKey { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public string Granularity { get; }

    public string TimeZone { get; }

    public Guid? ProjectId { get; }

    public DateTimeOffset RequestedAt { get; }

    public ReportExportStatus Status { get; private set; } = ReportExportStatus.Queued;

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>The data rows of the written file (its header row not counted).</summary>
    public long? Rows { get; private set; }

    public long? Bytes { get; private set; }

    /// <summary>Why the export failed for good, as a stable code.</summary>
    public string? FailureCode { get; private set; }

    public bool IsPending => Status == ReportExportStatus.Queued;

    public static ReportExport Request(
        Guid requesterId, string reportKey, DateOnly from, DateOnly to, string granularity, string timeZone, Guid? projectId, DateTimeOffset now)
    {
        var export = new ReportExport(Guid.CreateVersion7(now), requesterId, reportKey, from, to, granularity, timeZone, projectId, StoredTime.From(now));
        export.Raise(new ReportExportRequested(export.Id, requesterId, reportKey));
        return export;
    }

    /// <summary>What its requester sees now: a written export past its lifetime is expired.</summary>
    public ReportExportStatus StatusAt(DateTimeOffset now) =>
        Status == ReportExportStatus.Ready && ExpiresAt <= now ? ReportExportStatus.Expired : Status;

    /// <summary>The file was written with <paramref name="rows"/> rows in <paramref name="bytes"/> bytes.</summary>
    public void Complete(long rows, long bytes, DateTimeOffset now)
    {
        if (!IsPending)
        {
            return;
        }

        Status = ReportExportStatus.Ready;
        Rows = rows;
        Bytes = bytes;
        CompletedAt = StoredTime.From(now);
        ExpiresAt = CompletedAt + Lifetime;
        Raise(new ReportExportCompleted(Id, RequesterId, ReportKey, rows));
    }

    /// <summary>The export cannot be written (its runs failed too often, or its report no longer exists).</summary>
    public void Fail(string code, DateTimeOffset now)
    {
        if (!IsPending)
        {
            return;
        }

        Status = ReportExportStatus.Failed;
        FailureCode = code.Length > FailureCodeMaxLength ? code[..FailureCodeMaxLength] : code;
        CompletedAt = StoredTime.From(now);
    }
}

/// <summary>Where an export stands.</summary>
public enum ReportExportStatus
{
    /// <summary>Asked for; its file is being written or waits for the job engine.</summary>
    Queued,

    /// <summary>Written; its requester may download it until it expires.</summary>
    Ready,

    /// <summary>Written once, past its lifetime: its file is gone.</summary>
    Expired,

    /// <summary>Could not be written.</summary>
    Failed,
}

/// <summary>An export was asked for: the job engine is to write it.</summary>
public sealed record ReportExportRequested(Guid ExportId, Guid RequesterId, string ReportKey) : IDomainEvent;

/// <summary>An export's file was written: its requester is told.</summary>
public sealed record ReportExportCompleted(Guid ExportId, Guid RequesterId, string ReportKey, long Rows) : IDomainEvent;

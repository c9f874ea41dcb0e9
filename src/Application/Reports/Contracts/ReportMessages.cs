using Platform.Application.Common.Outbox;
using Platform.Domain.Reports;

namespace Platform.Application.Reports.Contracts;

// What the reports module tells the platform through the outbox (ADR 37): exports to write, and exports written.

/// <summary>An export was asked for: the job engine is to write its file.</summary>
[OutboxMessage("reports.export-requested.v1")]
public sealed record ReportExportRequestedV1(Guid ExportId, Guid RequesterId, string ReportKey) : IOutboxMessage<ReportExportRequested>;

/// <summary>An export's file was written and can be downloaded by its requester.</summary>
[OutboxMessage("reports.export-completed.v1")]
public sealed record ReportExportCompletedV1(Guid ExportId, Guid RequesterId, string ReportKey, long Rows) : IOutboxMessage<ReportExportCompleted>;

namespace Platform.Application.Audit.ListAuditEvents;

/// <summary>A page of audit events; <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record AuditEventPage(IReadOnlyList<AuditEventResponse> Items, string? NextCursor);

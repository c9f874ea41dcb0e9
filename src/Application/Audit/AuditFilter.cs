namespace Platform.Application.Audit;

/// <summary>Which audit events to read: by account, by type, and by time range (from inclusive, to exclusive).</summary>
public sealed record AuditFilter(Guid? UserId, string? Type, DateTimeOffset? From, DateTimeOffset? To);

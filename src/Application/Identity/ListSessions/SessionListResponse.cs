namespace Platform.Application.Identity.ListSessions;

/// <summary>The caller's active sessions, most recently seen first.</summary>
public sealed record SessionListResponse(IReadOnlyList<SessionResponse> Sessions);

namespace Platform.Application.Identity.ListSessions;

/// <summary>The caller's active sessions, most recently seen first, marking the one this request comes from.</summary>
public sealed record ListSessionsQuery(Guid UserId, Guid CurrentSessionId) : IQuery<SessionListResponse>;

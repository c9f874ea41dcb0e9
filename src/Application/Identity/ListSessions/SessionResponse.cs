using Mapster;
using MapsterMapper;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.ListSessions;

/// <summary>A signed-in device as its owner sees it.</summary>
public sealed record SessionResponse(
    Guid Id,
    string AppType,
    string AppVersion,
    string DeviceId,
    string? IpAddress,
    string? UserAgent,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt)
{
    /// <summary>Whether this is the session of the access token that asked.</summary>
    public bool IsCurrent { get; init; }
}

/// <summary>Sessions map for the session that asks: it is the one marked current (ADR 30).</summary>
internal static class AskingSession
{
    private const string Parameter = "askingSession";

    public static Guid Id => (Guid)MapContext.Current!.Parameters[Parameter];

    public static SessionResponse MapFor(this IMapper mapper, Session session, Guid askingSessionId) =>
        mapper.From(session).AddParameters(Parameter, askingSessionId).AdaptToType<SessionResponse>();
}

internal sealed class SessionMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Session, SessionResponse>().Map(response => response.IsCurrent, session => session.Id == AskingSession.Id);
}

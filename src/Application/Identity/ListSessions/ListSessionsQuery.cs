using MapsterMapper;

namespace Platform.Application.Identity.ListSessions;

/// <summary>The caller's active sessions, most recently seen first, marking the one this request comes from.</summary>
public sealed record ListSessionsQuery(Guid UserId, Guid CurrentSessionId) : IQuery<SessionListResponse>;

internal sealed class ListSessionsHandler(ISessionRepository sessions, IMapper mapper)
    : IRequestHandler<ListSessionsQuery, Result<SessionListResponse>>
{
    public async Task<Result<SessionListResponse>> Handle(ListSessionsQuery request, CancellationToken cancellationToken)
    {
        var active = await sessions.ListActiveByUserAsync(request.UserId, cancellationToken);
        return new SessionListResponse(active
            .Select(session => mapper.MapFor(session, request.CurrentSessionId))
            .ToList());
    }
}

using MapsterMapper;

namespace Platform.Application.Identity.ListSessions;

internal sealed class ListSessionsHandler(ISessionRepository sessions, IMapper mapper)
    : IRequestHandler<ListSessionsQuery, Result<SessionListResponse>>
{
    public async Task<Result<SessionListResponse>> Handle(ListSessionsQuery request, CancellationToken cancellationToken)
    {
        var active = await sessions.ListActiveByUserAsync(request.UserId, cancellationToken);
        return new SessionListResponse(active
            .Select(session => mapper.Map<SessionResponse>(session) with { IsCurrent = session.Id == request.CurrentSessionId })
            .ToList());
    }
}

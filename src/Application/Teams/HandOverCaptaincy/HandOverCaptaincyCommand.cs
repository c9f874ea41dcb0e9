using MapsterMapper;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.HandOverCaptaincy;

/// <summary>Makes another member (<paramref name="UserId"/>) the team's captain; the caller, its captain, stays as a member.</summary>
public sealed record HandOverCaptaincyCommand(Guid UserId) : ICommand<TeamResponse>
{
    /// <summary>The team, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid ActorId { get; init; }
}

internal sealed class HandOverCaptaincyHandler(ITeamRepository teams, TimeProvider clock, IMapper mapper)
    : IRequestHandler<HandOverCaptaincyCommand, Result<TeamResponse>>
{
    public async Task<Result<TeamResponse>> Handle(HandOverCaptaincyCommand request, CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(request.Id, cancellationToken);
        if (team is null)
        {
            return TeamsErrors.NotFound;
        }

        return team.HandOverCaptaincy(request.ActorId, request.UserId, clock.GetUtcNow()).Map(mapper.Map<TeamResponse>);
    }
}

using MapsterMapper;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.ApplyToTeam;

/// <summary>The caller asks to join a team; the application is pending until the captain decides or the caller withdraws it.</summary>
public sealed record ApplyToTeamCommand(string? Message) : ICommand<ApplicationResponse>
{
    /// <summary>The team, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class ApplyToTeamHandler(ITeamRepository teams, ITeamApplicationRepository applications, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ApplyToTeamCommand, Result<ApplicationResponse>>
{
    public async Task<Result<ApplicationResponse>> Handle(ApplyToTeamCommand request, CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(request.Id, cancellationToken);
        if (team is null)
        {
            return TeamsErrors.NotFound;
        }

        var hasPending = await applications.HasPendingAsync(team.Id, request.UserId, cancellationToken);
        var lastRejectedAt = await applications.LastRejectedAtAsync(team.Id, request.UserId, cancellationToken);
        return TeamApplication.Submit(team, request.UserId, request.Message, hasPending, lastRejectedAt, clock.GetUtcNow())
            .Map(application =>
            {
                applications.Add(application);
                return mapper.Map<ApplicationResponse>(application);
            });
    }
}

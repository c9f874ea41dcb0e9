using MapsterMapper;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.AcceptApplication;

/// <summary>The captain takes the applicant onto the roster.</summary>
public sealed record AcceptApplicationCommand(Guid TeamId, Guid ApplicationId, Guid UserId) : ICommand<ApplicationResponse>;

internal sealed class AcceptApplicationHandler(ITeamRepository teams, ITeamApplicationRepository applications, TimeProvider clock, IMapper mapper)
    : IRequestHandler<AcceptApplicationCommand, Result<ApplicationResponse>>
{
    public async Task<Result<ApplicationResponse>> Handle(AcceptApplicationCommand request, CancellationToken cancellationToken)
    {
        var found = await ApplicationLookup.FindVisibleAsync(teams, applications, request.TeamId, request.ApplicationId, request.UserId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (team, application) = found.Value;
        return application.Accept(team, request.UserId, clock.GetUtcNow()).Map(mapper.Map<ApplicationResponse>);
    }
}

using MapsterMapper;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.RejectApplication;

/// <summary>The captain turns the application down; the applicant may apply to this team again after 7 days.</summary>
public sealed record RejectApplicationCommand(Guid TeamId, Guid ApplicationId, Guid UserId) : ICommand<ApplicationResponse>;

internal sealed class RejectApplicationHandler(ITeamRepository teams, ITeamApplicationRepository applications, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RejectApplicationCommand, Result<ApplicationResponse>>
{
    public async Task<Result<ApplicationResponse>> Handle(RejectApplicationCommand request, CancellationToken cancellationToken)
    {
        var found = await ApplicationLookup.FindVisibleAsync(teams, applications, request.TeamId, request.ApplicationId, request.UserId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (team, application) = found.Value;
        return application.Reject(team, request.UserId, clock.GetUtcNow()).Map(mapper.Map<ApplicationResponse>);
    }
}

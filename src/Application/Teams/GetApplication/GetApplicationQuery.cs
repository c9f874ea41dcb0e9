using MapsterMapper;

namespace Platform.Application.Teams.GetApplication;

/// <summary>One application to a team, for its applicant or the team's captain.</summary>
public sealed record GetApplicationQuery(Guid TeamId, Guid ApplicationId, Guid UserId) : IQuery<ApplicationResponse>;

internal sealed class GetApplicationHandler(ITeamRepository teams, ITeamApplicationRepository applications, IMapper mapper)
    : IRequestHandler<GetApplicationQuery, Result<ApplicationResponse>>
{
    public async Task<Result<ApplicationResponse>> Handle(GetApplicationQuery request, CancellationToken cancellationToken) =>
        (await ApplicationLookup.FindVisibleAsync(teams, applications, request.TeamId, request.ApplicationId, request.UserId, cancellationToken))
            .Map(found => mapper.Map<ApplicationResponse>(found.Application));
}

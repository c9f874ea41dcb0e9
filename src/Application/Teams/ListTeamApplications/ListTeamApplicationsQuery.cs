using MapsterMapper;
using Platform.Application.Common.Paging;
using Platform.Domain.Teams;

namespace Platform.Application.Teams.ListTeamApplications;

/// <summary>A team's applications, newest first, optionally of one status: for its captain only.</summary>
public sealed record ListTeamApplicationsQuery(Guid Id, Guid UserId, string? Status, int Page, int PageSize) : IQuery<PagedList<ApplicationResponse>>;

internal sealed class ListTeamApplicationsHandler(ITeamRepository teams, ITeamApplicationRepository applications, IMapper mapper)
    : IRequestHandler<ListTeamApplicationsQuery, Result<PagedList<ApplicationResponse>>>
{
    public async Task<Result<PagedList<ApplicationResponse>>> Handle(ListTeamApplicationsQuery request, CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(request.Id, cancellationToken);
        if (team is null)
        {
            return TeamsErrors.NotFound;
        }

        if (!team.IsCaptain(request.UserId))
        {
            return TeamsErrors.PermissionDenied;
        }

        var page = await applications.ListForTeamAsync(team.Id, ApplicationStatuses.From(request.Status), request.Page, request.PageSize, cancellationToken);
        return page.Map(mapper.Map<ApplicationResponse>);
    }
}

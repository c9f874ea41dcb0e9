using MapsterMapper;
using Platform.Application.Common.Paging;

namespace Platform.Application.Teams.ListMyApplications;

/// <summary>The caller's own applications to teams, newest first, optionally of one status.</summary>
public sealed record ListMyApplicationsQuery(Guid UserId, string? Status, int Page, int PageSize) : IQuery<PagedList<ApplicationResponse>>;

internal sealed class ListMyApplicationsHandler(ITeamApplicationRepository applications, IMapper mapper)
    : IRequestHandler<ListMyApplicationsQuery, Result<PagedList<ApplicationResponse>>>
{
    public async Task<Result<PagedList<ApplicationResponse>>> Handle(ListMyApplicationsQuery request, CancellationToken cancellationToken)
    {
        var page = await applications.ListForApplicantAsync(request.UserId, ApplicationStatuses.From(request.Status), request.Page, request.PageSize, cancellationToken);
        return page.Map(mapper.Map<ApplicationResponse>);
    }
}

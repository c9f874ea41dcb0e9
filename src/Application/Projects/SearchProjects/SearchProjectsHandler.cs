namespace Platform.Application.Projects.SearchProjects;

internal sealed class SearchProjectsHandler(IProjectRepository projects) : IRequestHandler<SearchProjectsQuery, Result<ProjectSearchPage>>
{
    public async Task<Result<ProjectSearchPage>> Handle(SearchProjectsQuery request, CancellationToken cancellationToken)
    {
        var sort = ProjectSearchSorts.Resolve(request.Sort, request.Q);
        var fingerprint = request.Fingerprint;
        var criteria = new ProjectSearchCriteria(
            request.UserId,
            ProjectSearchTerms.Of(request.Q),
            request.Q?.Trim(),
            ProjectNames.StatusFrom(request.Status),
            ProjectNames.RoleFrom(request.Role),
            request.Tag?.Trim().ToLowerInvariant(),
            request.OwnerId,
            request.CreatedFrom,
            request.CreatedTo,
            request.UpdatedFrom,
            request.UpdatedTo,
            sort,
            request.Cursor is null ? null : ProjectSearchCursor.Decode(request.Cursor, fingerprint, sort),
            request.Limit + 1);
        var hits = await projects.SearchAsync(criteria, cancellationToken);
        var page = hits.Take(request.Limit).ToList();
        var nextCursor = hits.Count > request.Limit ? ProjectSearchCursor.Encode(page[^1].PositionFor(sort), fingerprint) : null;
        return new ProjectSearchPage(page.Select(hit => hit.ToResponse()).ToList(), request.Limit, nextCursor);
    }
}

using System.Security.Cryptography;
using System.Text;
using MapsterMapper;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Paging;

namespace Platform.Application.Projects.SearchProjects;

/// <summary>
/// The caller's projects in v2: searched by <see cref="Q"/>, filtered, sorted and paged by keyset cursor. Every
/// filter is optional; <see cref="Cursor"/> is the previous page's <c>nextCursor</c> and only fits the same
/// <c>q</c>, filters and sort. A class, not a record: what it derives from its inputs (the sort, the fingerprint, the
/// decoded cursor) is worked out once per request and kept, which a record's <c>with</c> would carry over stale.
/// </summary>
public sealed class SearchProjectsQuery(Guid userId) : ICachedQuery<ProjectSearchPage>
{
    public const int DefaultLimit = Paging.DefaultPageSize;

    private ProjectSearchSort? order;
    private string? fingerprint;
    private ProjectSearchCriteria? criteria;

    public Guid UserId { get; } = userId;

    public string? Q { get; init; }

    public string? Status { get; init; }

    public string? Role { get; init; }

    public string? Tag { get; init; }

    public Guid? OwnerId { get; init; }

    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public DateTimeOffset? UpdatedFrom { get; init; }

    public DateTimeOffset? UpdatedTo { get; init; }

    public string? Sort { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    public string? Cursor { get; init; }

    /// <summary>The sort asked for, or the default: relevance when searching, newest first otherwise.</summary>
    public ProjectSearchSort Order => order ??= ProjectSearchSorts.Resolve(Sort, Q);

    /// <summary>Names the search, filters and sort (not the page): a cursor carries it to prove it belongs to this list.</summary>
    public string Fingerprint => fingerprint ??= Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(
        '\u001f',
        Q?.Trim(), Status, Role, Tag, OwnerId?.ToString("N"),
        CreatedFrom?.UtcTicks, CreatedTo?.UtcTicks, UpdatedFrom?.UtcTicks, UpdatedTo?.UtcTicks,
        Order))).AsSpan(0, 8));

    /// <summary>
    /// What the repository is asked, parsed once from the inputs: one row more than <see cref="Limit"/>, which tells
    /// whether a next page exists. <see cref="ProjectSearchCriteria.After"/> is null for a cursor that does not decode
    /// or belongs to another list (the validator refuses that).
    /// </summary>
    public ProjectSearchCriteria Criteria => criteria ??= new ProjectSearchCriteria(
        UserId,
        ProjectSearchTerms.Of(Q),
        Q?.Trim(),
        ProjectNames.StatusFrom(Status),
        ProjectNames.RoleFrom(Role),
        Tag?.Trim().ToLowerInvariant(),
        OwnerId,
        CreatedFrom,
        CreatedTo,
        UpdatedFrom,
        UpdatedTo,
        Order,
        Cursor is null ? null : ProjectSearchCursor.Decode(Cursor, Fingerprint, Order),
        Limit + 1);

    public string CacheKey => $"projects:search:v2:{UserId:N}:{Fingerprint}:{Limit}:{Cursor}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.ForMember(UserId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

internal sealed class SearchProjectsHandler(IProjectRepository projects, IMapper mapper) : IRequestHandler<SearchProjectsQuery, Result<ProjectSearchPage>>
{
    public async Task<Result<ProjectSearchPage>> Handle(SearchProjectsQuery request, CancellationToken cancellationToken)
    {
        var hits = await projects.SearchAsync(request.Criteria, cancellationToken);
        var page = hits.Take(request.Limit).ToList();
        var nextCursor = hits.Count > request.Limit ? ProjectSearchCursor.Encode(page[^1].PositionFor(request.Order), request.Fingerprint) : null;
        return new ProjectSearchPage(page.Select(mapper.Map<ProjectV2Response>).ToList(), request.Limit, nextCursor);
    }
}

using System.Security.Cryptography;
using System.Text;
using Platform.Application.Common.Caching;
using Platform.Application.Common.Paging;

namespace Platform.Application.Projects.SearchProjects;

/// <summary>
/// The caller's projects in v2: searched by <see cref="Q"/>, filtered, sorted and paged by keyset cursor. Every
/// filter is optional; <see cref="Cursor"/> is the previous page's <c>nextCursor</c> and only fits the same
/// <c>q</c>, filters and sort.
/// </summary>
public sealed record SearchProjectsQuery(Guid UserId) : ICachedQuery<ProjectSearchPage>
{
    public const int DefaultLimit = Paging.DefaultPageSize;

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

    /// <summary>Names the search, filters and sort (not the page): a cursor carries it to prove it belongs to this list.</summary>
    public string Fingerprint
    {
        get
        {
            var canonical = string.Join(
                '\u001f',
                Q?.Trim(), Status, Role, Tag, OwnerId?.ToString("N"),
                CreatedFrom?.UtcTicks, CreatedTo?.UtcTicks, UpdatedFrom?.UtcTicks, UpdatedTo?.UtcTicks,
                ProjectSearchSorts.Resolve(Sort, Q));
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)).AsSpan(0, 8));
        }
    }

    public string CacheKey => $"projects:search:v2:{UserId:N}:{Fingerprint}:{Limit}:{Cursor}";

    public IReadOnlyCollection<string> CacheTags => [ProjectsCacheTags.ForMember(UserId)];

    public TimeSpan CacheDuration => TimeSpan.FromMinutes(5);
}

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

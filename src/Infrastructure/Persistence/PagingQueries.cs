using Platform.Application.Common.Paging;

namespace Platform.Infrastructure.Persistence;

internal static class PagingQueries
{
    /// <summary>Counts the whole query, then reads one page of it; the query must already be ordered.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await ordered.LongCountAsync(cancellationToken);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }
}

using Microsoft.EntityFrameworkCore;
using Platform.Application.Common.Paging;

namespace Platform.Infrastructure.Persistence;

internal static class PagingQueries
{
    /// <summary>Counts the whole query, then reads one page of it; the query must already be ordered.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        var total = await ordered.LongCountAsync(cancellationToken);
        var items = await ordered.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Page<T>(items, pageNumber, pageSize, total);
    }
}

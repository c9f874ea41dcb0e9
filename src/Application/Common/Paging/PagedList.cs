namespace Platform.Application.Common.Paging;

/// <summary>One page of a longer list: the items, which page it is, and how many items there are in all.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount)
{
    public int TotalPages => (int)((TotalCount + PageSize - 1) / PageSize);

    public bool HasNextPage => Page < TotalPages;

    public PagedList<TResult> Map<TResult>(Func<T, TResult> map) =>
        new(Items.Select(map).ToList(), Page, PageSize, TotalCount);
}

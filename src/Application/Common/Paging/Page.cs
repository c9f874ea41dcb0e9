namespace Platform.Application.Common.Paging;

/// <summary>One page of a longer list: the items, where the page is, and how many items there are in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalCount)
{
    public int TotalPages => (int)((TotalCount + PageSize - 1) / PageSize);

    public bool HasNextPage => PageNumber < TotalPages;

    public Page<TResult> Map<TResult>(Func<T, TResult> map) =>
        new(Items.Select(map).ToList(), PageNumber, PageSize, TotalCount);
}

namespace Platform.Application.Common.Paging;

/// <summary>The bounds every paged list shares: pages count from 1, and a page holds 1 to 100 items (20 by default).</summary>
public static class Paging
{
    public const int FirstPage = 1;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

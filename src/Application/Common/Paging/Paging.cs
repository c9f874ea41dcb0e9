namespace Platform.Application.Common.Paging;

/// <summary>
/// The bounds every paged list shares: pages count from 1 to a million (so that the offset stays a sane number), and a
/// page holds 1 to 100 items (20 by default).
/// </summary>
public static class Paging
{
    public const int FirstPage = 1;
    public const int MaxPage = 1_000_000;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

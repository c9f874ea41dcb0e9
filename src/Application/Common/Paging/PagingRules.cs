namespace Platform.Application.Common.Paging;

public static class PagingRules
{
    /// <summary>The page number is between 1 and <see cref="Paging.MaxPage"/>.</summary>
    public static IRuleBuilderOptions<T, int> ValidPage<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(Paging.FirstPage, Paging.MaxPage).WithErrorCode("page_invalid");

    /// <summary>The page size is between 1 and <see cref="Paging.MaxPageSize"/>.</summary>
    public static IRuleBuilderOptions<T, int> ValidPageSize<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, Paging.MaxPageSize).WithErrorCode("page_size_invalid");
}

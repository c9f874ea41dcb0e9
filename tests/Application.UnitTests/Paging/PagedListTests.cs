using Platform.Application.Common.Paging;

namespace Platform.Application.UnitTests.Paging;

public sealed class PagedListTests
{
    [Theory]
    [InlineData(0, 20, 0)]
    [InlineData(1, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    public void Total_pages_round_up(long totalCount, int pageSize, int expectedPages)
    {
        Assert.Equal(expectedPages, new PagedList<int>([], 1, pageSize, totalCount).TotalPages);
    }

    [Fact]
    public void There_is_a_next_page_until_the_last_one()
    {
        Assert.True(new PagedList<int>([1, 2], 1, 2, 3).HasNextPage);
        Assert.False(new PagedList<int>([3], 2, 2, 3).HasNextPage);
    }

    [Fact]
    public void Mapping_keeps_the_position_and_the_total()
    {
        var mapped = new PagedList<int>([1, 2], 2, 2, 5).Map(item => $"#{item}");

        Assert.Equal(["#1", "#2"], mapped.Items);
        Assert.Equal((2, 2, 5L), (mapped.Page, mapped.PageSize, mapped.TotalCount));
    }
}

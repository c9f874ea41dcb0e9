using Platform.Application.Identity.RegisterUser;
using Platform.Application.Projects;
using Platform.Application.Projects.CreateProject;
using Platform.Application.Projects.SearchProjects;
using Platform.Application.UnitTests.Support;

namespace Platform.Application.UnitTests.Projects;

public sealed class SearchProjectsTests
{
    [Fact]
    public async Task The_next_cursor_continues_after_the_last_item_and_is_null_on_the_last_page()
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "ann");
        foreach (var key in new[] { "AAA", "BBB", "CCC" })
        {
            await host.SendAsync(new CreateProjectCommand(key, key) { OwnerId = ann });
            host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = (await host.SendAsync(new SearchProjectsQuery(ann) { Limit = 2 })).Value;
        var second = (await host.SendAsync(new SearchProjectsQuery(ann) { Limit = 2, Cursor = first.NextCursor })).Value;

        Assert.Equal(["CCC", "BBB"], first.Items.Select(item => item.Key));
        Assert.NotNull(first.NextCursor);
        Assert.Equal(["AAA"], second.Items.Select(item => item.Key));
        Assert.Null(second.NextCursor);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("-updated")]
    public async Task A_cursor_of_another_sort_or_filter_is_refused(string otherSort)
    {
        await using var host = new PipelineHost();
        var ann = await RegisterAsync(host, "ann");
        await host.SendAsync(new CreateProjectCommand("AAA", "One") { OwnerId = ann });
        await host.SendAsync(new CreateProjectCommand("BBB", "Two") { OwnerId = ann });
        var cursor = (await host.SendAsync(new SearchProjectsQuery(ann) { Limit = 1 })).Value.NextCursor;

        var otherOrder = await host.SendAsync(new SearchProjectsQuery(ann) { Limit = 1, Sort = otherSort, Cursor = cursor });
        var otherFilter = await host.SendAsync(new SearchProjectsQuery(ann) { Limit = 1, Tag = "wood", Cursor = cursor });
        var anothersCursor = await host.SendAsync(new SearchProjectsQuery(ann) { Limit = 1, Cursor = "eyJGIjoiMDAiLCJJIjoiMDAwIn0" });

        Assert.Contains("cursor", otherOrder.Error!.FieldErrors!.Keys);
        Assert.Contains("cursor", otherFilter.Error!.FieldErrors!.Keys);
        Assert.Contains("cursor", anothersCursor.Error!.FieldErrors!.Keys);
    }

    [Fact]
    public void The_default_order_is_relevance_with_a_search_and_newest_first_without()
    {
        Assert.Equal(ProjectSearchSort.Relevance, ProjectSearchSorts.Resolve(null, "garden"));
        Assert.Equal(ProjectSearchSort.CreatedDescending, ProjectSearchSorts.Resolve(null, "  "));
        Assert.Equal(ProjectSearchSort.NameDescending, ProjectSearchSorts.Resolve("-name", "garden"));
    }

    [Fact]
    public void Search_terms_are_lower_cased_words_without_punctuation_at_most_eight()
    {
        Assert.Equal(["garden", "tools", "2026"], ProjectSearchTerms.Of("Garden-tools, 2026!"));
        Assert.Equal(8, ProjectSearchTerms.Of("a b c d e f g h i j").Count);
        Assert.Empty(ProjectSearchTerms.Of("!!! ???"));
    }

    private static async Task<Guid> RegisterAsync(PipelineHost host, string name) =>
        (await host.SendAsync(new RegisterUserCommand($"{name}@example.com", "a long enough passphrase", name))).Value.Id;
}

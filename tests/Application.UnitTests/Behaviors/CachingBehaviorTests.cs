using Platform.Application.UnitTests.Support;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Behaviors;

public sealed class CachingBehaviorTests
{
    [Fact]
    public async Task A_cached_query_runs_its_handler_once_and_then_answers_from_the_cache()
    {
        await using var host = new PipelineHost();

        var first = await host.SendAsync(new ReadThingQuery("1", "thing:1"));
        host.Calls.Answer = _ => "changed behind the cache's back";
        var second = await host.SendAsync(new ReadThingQuery("1", "thing:1"));

        Assert.Equal("value of 1", first.Value);
        Assert.Equal("value of 1", second.Value);
        Assert.Equal(1, host.Calls.Count(nameof(ReadThingQuery)));
    }

    [Fact]
    public async Task Different_keys_are_cached_separately()
    {
        await using var host = new PipelineHost();

        var one = await host.SendAsync(new ReadThingQuery("1", "thing:1"));
        var two = await host.SendAsync(new ReadThingQuery("2", "thing:2"));

        Assert.Equal("value of 1", one.Value);
        Assert.Equal("value of 2", two.Value);
        Assert.Equal(2, host.Calls.Count(nameof(ReadThingQuery)));
    }

    [Fact]
    public async Task A_failed_answer_is_not_cached()
    {
        await using var host = new PipelineHost();
        host.Calls.Answer = _ => Error.NotFound("thing_not_found", "No such thing.");

        var failed = await host.SendAsync(new ReadThingQuery("1", "thing:1"));
        host.Calls.Answer = id => $"value of {id}";
        var later = await host.SendAsync(new ReadThingQuery("1", "thing:1"));

        Assert.Equal("thing_not_found", failed.Error!.Code);
        Assert.Equal("value of 1", later.Value);
        Assert.Equal(2, host.Calls.Count(nameof(ReadThingQuery)));
    }

    [Fact]
    public async Task Concurrent_misses_on_one_key_run_the_handler_once()
    {
        await using var host = new PipelineHost();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.SendAsync(new ReadThingQuery("1", "thing:1"))));

        Assert.All(results, result => Assert.Equal("value of 1", result.Value));
        Assert.Equal(1, host.Calls.Count(nameof(ReadThingQuery)));
    }
}

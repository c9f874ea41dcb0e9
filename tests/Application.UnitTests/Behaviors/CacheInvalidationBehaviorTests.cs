using Platform.Application.UnitTests.Support;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Behaviors;

public sealed class CacheInvalidationBehaviorTests
{
    [Fact]
    public async Task A_successful_command_invalidates_the_tags_it_names_so_the_next_read_is_fresh()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new ReadThingQuery("1", "thing:1"));
        host.Calls.Answer = _ => "renamed";

        await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed", "thing:1"));
        var read = await host.SendAsync(new ReadThingQuery("1", "thing:1"));

        Assert.Equal("renamed", read.Value);
        Assert.Equal(2, host.Calls.Count(nameof(ReadThingQuery)));
    }

    [Fact]
    public async Task Only_the_named_tags_are_invalidated()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new ReadThingQuery("1", "thing:1"));
        await host.SendAsync(new ReadThingQuery("2", "thing:2"));

        await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed", "thing:1"));
        await host.SendAsync(new ReadThingQuery("2", "thing:2"));

        Assert.Equal(2, host.Calls.Count(nameof(ReadThingQuery)));
    }

    [Fact]
    public async Task A_failed_command_invalidates_nothing()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new ReadThingQuery("1", "thing:1"));

        await host.SendAsync(new RenameThingCommand("ok", "s", () => Error.Conflict("thing_conflict", "No."), "thing:1"));
        await host.SendAsync(new ReadThingQuery("1", "thing:1"));

        Assert.Equal(1, host.Calls.Count(nameof(ReadThingQuery)));
    }

    [Fact]
    public async Task Invalidation_happens_after_the_changes_were_committed()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new ReadThingQuery("1", "thing:1"));
        var readsAtCommit = -1;
        host.UnitOfWork.OnSave = () =>
        {
            // At commit time the old entry must still be served: the read below must not reach the handler.
            host.SendAsync(new ReadThingQuery("1", "thing:1")).GetAwaiter().GetResult();
            readsAtCommit = host.Calls.Count(nameof(ReadThingQuery));
        };

        await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed", "thing:1"));
        await host.SendAsync(new ReadThingQuery("1", "thing:1"));

        Assert.Equal(1, readsAtCommit);
        Assert.Equal(2, host.Calls.Count(nameof(ReadThingQuery)));
    }

    [Fact]
    public async Task A_command_that_loses_its_save_invalidates_nothing()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new ReadThingQuery("1", "thing:1"));
        host.UnitOfWork.ViolateConstraintOnSave = "ux_users_email";

        await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed", "thing:1"));
        await host.SendAsync(new ReadThingQuery("1", "thing:1"));

        Assert.Equal(1, host.Calls.Count(nameof(ReadThingQuery)));
    }
}

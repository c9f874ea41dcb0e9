using Platform.Application.UnitTests.Support;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Behaviors;

/// <summary>
/// The unit of work hands a command's domain events to their handlers (ADR 25): in-transaction handlers before the
/// save, after-commit handlers (here, like every module's, dropping cache tags) once it committed; a refused or lost
/// command handles none.
/// </summary>
public sealed class DomainEventDispatchTests
{
    [Fact]
    public async Task A_successful_command_invalidates_the_tags_its_events_name_so_the_next_read_is_fresh()
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

    [Fact]
    public async Task In_transaction_handlers_run_before_the_save_and_after_commit_handlers_after_the_commit()
    {
        await using var host = new PipelineHost();

        await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed", "thing:1", "thing:2"));

        Assert.Equal(2, host.Calls.Count("in transaction after save #0"));
        Assert.Equal(2, host.Calls.Count("after commit #1"));
    }

    [Fact]
    public async Task A_refused_or_throwing_command_hands_no_event_to_any_handler()
    {
        await using var host = new PipelineHost();

        await host.SendAsync(new RenameThingCommand("ok", "s", () => Error.Conflict("thing_conflict", "No."), "thing:1"));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.SendAsync(new RenameThingCommand("ok", "s", () => throw new InvalidOperationException("bug"), "thing:1")));
        await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed"));

        Assert.Equal(0, host.Calls.Count("in transaction after save #0"));
        Assert.Equal(0, host.Calls.Count("after commit #1"));
    }
}

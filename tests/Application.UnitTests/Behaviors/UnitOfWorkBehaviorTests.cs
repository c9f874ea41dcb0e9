using Platform.Application.Common.Persistence;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Behaviors;

public sealed class UnitOfWorkBehaviorTests
{
    private static readonly Error Refused = Error.Unprocessable("thing_refused", "Refused.");

    [Fact]
    public async Task A_successful_command_is_saved_once_after_its_handler()
    {
        await using var host = new PipelineHost();

        await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed"));

        Assert.Equal(1, host.UnitOfWork.Saves);
        Assert.Equal(1, host.UnitOfWork.SavedChanges);
        Assert.Equal(0, host.UnitOfWork.Discards);
        Assert.Equal((1, 1, 0), (host.UnitOfWork.Begins, host.UnitOfWork.Commits, host.UnitOfWork.Rollbacks));
    }

    [Fact]
    public async Task A_refused_command_leaves_nothing_behind_its_changes_are_discarded_and_its_transaction_rolled_back()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new RenameThingCommand("ok", "s", () => Refused));

        Assert.Same(Refused, result.Error);
        Assert.Equal(0, host.UnitOfWork.Saves);
        Assert.Equal(0, host.UnitOfWork.SavedChanges);
        Assert.Equal(1, host.UnitOfWork.Discards);
        Assert.Equal((1, 0, 1), (host.UnitOfWork.Begins, host.UnitOfWork.Commits, host.UnitOfWork.Rollbacks));
    }

    [Fact]
    public async Task A_recorded_refusal_answers_its_error_and_saves_and_commits_what_the_command_changed()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new RenameThingCommand("ok", "s", () => new RecordedRefusal(Refused)));

        Assert.Same(Refused, result.Error);
        Assert.True(result.IsRecordedRefusal);
        Assert.Equal(1, host.UnitOfWork.SavedChanges);
        Assert.Equal(0, host.UnitOfWork.Discards);
        Assert.Equal((1, 1, 0), (host.UnitOfWork.Begins, host.UnitOfWork.Commits, host.UnitOfWork.Rollbacks));
    }

    [Fact]
    public async Task A_throwing_command_discards_its_changes_rolls_back_and_rethrows()
    {
        await using var host = new PipelineHost();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.SendAsync(new RenameThingCommand("ok", "s", () => throw new InvalidOperationException("bug"))));

        Assert.Equal(0, host.UnitOfWork.Saves);
        Assert.Equal(1, host.UnitOfWork.Discards);
        Assert.Equal((0, 1), (host.UnitOfWork.Commits, host.UnitOfWork.Rollbacks));
    }

    [Fact]
    public async Task Losing_a_unique_constraint_race_becomes_that_constraints_conflict()
    {
        await using var host = new PipelineHost();
        host.UnitOfWork.ViolateConstraintOnSave = UniqueConstraints.UserEmail;

        var result = await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed"));

        Assert.Equal("email_already_registered", result.Error!.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
        Assert.Equal(1, host.UnitOfWork.Discards);
        Assert.Equal((0, 1), (host.UnitOfWork.Commits, host.UnitOfWork.Rollbacks));
    }

    [Fact]
    public async Task An_unknown_unique_constraint_becomes_a_generic_conflict()
    {
        await using var host = new PipelineHost();
        host.UnitOfWork.ViolateConstraintOnSave = "ux_somewhere_else";

        var result = await host.SendAsync(new RenameThingCommand("ok", "s", () => "renamed"));

        Assert.Equal("conflict", result.Error!.Code);
    }

    [Fact]
    public async Task A_query_is_never_saved()
    {
        await using var host = new PipelineHost();

        await host.SendAsync(new ReadThingQuery("1", "tag"));

        Assert.Equal(0, host.UnitOfWork.Saves);
        Assert.Equal((0, 0, 0), (host.UnitOfWork.Begins, host.UnitOfWork.Commits, host.UnitOfWork.Rollbacks));
    }
}

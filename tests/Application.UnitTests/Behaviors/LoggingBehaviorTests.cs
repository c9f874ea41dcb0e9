using Microsoft.Extensions.Logging;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Behaviors;

public sealed class LoggingBehaviorTests
{
    private const string Secret = "hunter2-correct-horse-battery";

    [Fact]
    public async Task A_success_is_logged_at_debug_with_request_name_user_and_duration()
    {
        await using var host = new PipelineHost();

        await host.SendAsync(new RenameThingCommand("ok", Secret, () => "renamed"));

        var record = Assert.Single(host.Logs.Collector.GetSnapshot(), r => r.Category!.Contains("LoggingBehavior", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.Equal(nameof(RenameThingCommand), record.GetStructuredStateValue("RequestName"));
        Assert.Equal(host.CurrentUser.Id.ToString(), record.GetStructuredStateValue("UserId"));
        Assert.True(double.Parse(record.GetStructuredStateValue("ElapsedMs")!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.Contains("succeeded", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_is_logged_with_its_error_code()
    {
        await using var host = new PipelineHost();

        await host.SendAsync(new RenameThingCommand("ok", Secret, () => Error.Conflict("thing_conflict", "No.")));

        var record = Assert.Single(host.Logs.Collector.GetSnapshot(), r => r.Category!.Contains("LoggingBehavior", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Equal("thing_conflict", record.GetStructuredStateValue("ErrorCode"));
    }

    [Fact]
    public async Task An_exception_is_logged_as_an_error_and_rethrown()
    {
        await using var host = new PipelineHost();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.SendAsync(new RenameThingCommand("ok", Secret, () => throw new InvalidOperationException("bug"))));

        var record = Assert.Single(host.Logs.Collector.GetSnapshot(), r => r.Category!.Contains("LoggingBehavior", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.IsType<InvalidOperationException>(record.Exception);
    }

    [Fact]
    public async Task No_log_line_of_any_outcome_contains_a_secret_field()
    {
        await using var host = new PipelineHost();

        await host.SendAsync(new RenameThingCommand("ok", Secret, () => "renamed"));
        await host.SendAsync(new RenameThingCommand("", Secret, () => "renamed"));
        await host.SendAsync(new RenameThingCommand("ok", Secret, () => Error.Conflict("thing_conflict", "No.")));

        var records = host.Logs.Collector.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.All(records, record =>
        {
            Assert.DoesNotContain(Secret, record.Message, StringComparison.Ordinal);
            Assert.All(record.StructuredState ?? [], pair => Assert.DoesNotContain(Secret, pair.Value ?? string.Empty, StringComparison.Ordinal));
        });
    }
}

using Platform.Application.UnitTests.Support;
using Platform.Domain.Common;

namespace Platform.Application.UnitTests.Behaviors;

public sealed class ValidationBehaviorTests
{
    [Fact]
    public async Task An_invalid_command_fails_with_messages_per_camel_case_field_before_the_handler_runs()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new RenameThingCommand(Name: "", Secret: "s", Outcome: () => "renamed"));

        Assert.False(result.IsSuccess);
        Assert.Equal("validation_failed", result.Error.Code);
        Assert.Equal(ErrorKind.Validation, result.Error.Kind);
        var messages = Assert.Single(result.Error.FieldErrors!).Value;
        Assert.Equal("name", Assert.Single(result.Error.FieldErrors!).Key);
        Assert.Contains(messages, message => message.Contains("must not be empty", StringComparison.Ordinal));
        Assert.Equal(0, host.Calls.Count(nameof(RenameThingCommand)));
        Assert.Equal(0, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task A_valid_command_reaches_its_handler()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new RenameThingCommand("short", "s", () => "renamed"));

        Assert.Equal("renamed", result.Value);
        Assert.Equal(1, host.Calls.Count(nameof(RenameThingCommand)));
    }

    [Fact]
    public async Task A_request_without_validators_goes_straight_to_its_handler()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new ReadThingQuery("1", "tag"));

        Assert.Equal("value of 1", result.Value);
    }
}

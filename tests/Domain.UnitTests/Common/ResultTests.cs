using Platform.Domain.Common;

namespace Platform.Domain.UnitTests.Common;

public sealed class ResultTests
{
    private static readonly Error NotFound = Error.NotFound("thing_not_found", "No such thing.");

    [Fact]
    public void A_success_carries_its_value_and_no_error()
    {
        Result<int> result = 42;

        Assert.True(result.IsSuccess);
        Assert.Null(result.Error);
        Assert.Equal(42, result.Value);
    }

    [Fact]
    public void A_failure_carries_its_error_and_refuses_to_give_a_value()
    {
        Result<int> result = NotFound;

        Assert.False(result.IsSuccess);
        Assert.Same(NotFound, result.Error);
        var exception = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("thing_not_found", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_takes_the_branch_of_the_outcome()
    {
        Assert.Equal("value 1", Result<int>.Success(1).Match(v => $"value {v}", e => e.Code));
        Assert.Equal("thing_not_found", Result<int>.Failure(NotFound).Match(v => $"value {v}", e => e.Code));
    }

    [Fact]
    public void Validation_errors_list_the_messages_per_field()
    {
        var error = Error.Validation(new Dictionary<string, string[]> { ["email"] = ["Required."] });

        Assert.Equal("validation_failed", error.Code);
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Equal(["Required."], error.FieldErrors!["email"]);
    }
}

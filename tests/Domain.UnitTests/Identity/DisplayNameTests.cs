using Platform.Domain.Identity;

namespace Platform.Domain.UnitTests.Identity;

public sealed class DisplayNameTests
{
    [Fact]
    public void A_display_name_is_trimmed()
    {
        Assert.Equal("Ann Lee", DisplayName.Create("  Ann Lee \t").Value.Value);
    }

    [Fact]
    public void One_hundred_characters_are_allowed()
    {
        Assert.True(DisplayName.Create(new string('x', 100)).IsSuccess);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("    ")]
    [InlineData("line\nbreak")]
    [InlineData("bell\u0007")]
    public void Empty_names_and_control_characters_are_refused(string? raw)
    {
        var name = DisplayName.Create(raw);

        Assert.False(name.IsSuccess);
        Assert.Equal("display_name_invalid", name.Error.Code);
    }

    [Fact]
    public void More_than_one_hundred_characters_are_refused()
    {
        Assert.False(DisplayName.Create(new string('x', 101)).IsSuccess);
    }
}

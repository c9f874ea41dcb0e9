using Platform.Domain.Identity;

namespace Platform.Domain.UnitTests.Identity;

public sealed class EmailTests
{
    [Theory]
    [InlineData("ann@example.com", "ann@example.com")]
    [InlineData("  Ann.Lee@Example.COM ", "ann.lee@example.com")]
    [InlineData("a+tag@sub.example.org", "a+tag@sub.example.org")]
    public void A_valid_address_is_trimmed_and_lower_cased(string raw, string expected)
    {
        var email = Email.Create(raw);

        Assert.True(email.IsSuccess);
        Assert.Equal(expected, email.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at-sign")]
    [InlineData("ann@localhost")]
    [InlineData("Ann <ann@example.com>")]
    [InlineData("ann@example.com, bob@example.com")]
    [InlineData("@example.com")]
    public void An_invalid_address_is_refused_with_email_invalid(string? raw)
    {
        var email = Email.Create(raw);

        Assert.False(email.IsSuccess);
        Assert.Equal("email_invalid", email.Error.Code);
    }

    [Fact]
    public void An_address_longer_than_254_characters_is_refused()
    {
        var raw = new string('a', 64) + "@" + new string('b', 186) + ".com";

        Assert.Equal(255, raw.Length);
        Assert.False(Email.Create(raw).IsSuccess);
    }

    [Fact]
    public void Two_spellings_of_one_mailbox_are_equal()
    {
        Assert.Equal(Email.Create("ANN@example.com").Value, Email.Create("ann@EXAMPLE.com ").Value);
    }
}

using Platform.Domain.Identity;

namespace Platform.Domain.UnitTests.Identity;

public sealed class UserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 30, 0, TimeSpan.FromHours(3));

    [Fact]
    public void A_registered_user_gets_a_time_ordered_uuid_v7_the_user_role_and_utc_timestamps()
    {
        var user = User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", Now);

        Assert.Equal(7, user.Id.Version);
        Assert.Equal([Role.User], user.Roles);
        Assert.Equal(TimeSpan.Zero, user.CreatedAt.Offset);
        Assert.Equal(Now, user.CreatedAt);
        Assert.Equal(user.CreatedAt, user.UpdatedAt);
    }

    [Fact]
    public void Ids_of_users_registered_later_sort_after_earlier_ones()
    {
        var first = User.Register(Email.Create("a@example.com").Value, DisplayName.Create("A").Value, "hash", Now);
        var second = User.Register(Email.Create("b@example.com").Value, DisplayName.Create("B").Value, "hash", Now.AddMilliseconds(5));

        Assert.True(first.Id.CompareTo(second.Id) < 0);
    }

    [Fact]
    public void Timestamps_are_kept_to_the_microsecond()
    {
        var user = User.Register(Email.Create("a@example.com").Value, DisplayName.Create("A").Value, "hash", Now.AddTicks(1234567));

        Assert.Equal(0, user.CreatedAt.Ticks % TimeSpan.TicksPerMicrosecond);
        Assert.Equal(Now.AddTicks(1234560), user.CreatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_user_cannot_be_registered_without_a_password_hash(string hash)
    {
        Assert.Throws<ArgumentException>(() =>
            User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, hash, Now));
    }
}

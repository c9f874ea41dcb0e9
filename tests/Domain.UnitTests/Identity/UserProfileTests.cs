using Platform.Domain.Common;
using Platform.Domain.Identity;

namespace Platform.Domain.UnitTests.Identity;

public sealed class UserProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_user_speaks_english_in_utc_until_told_otherwise()
    {
        var user = NewUser();

        Assert.Equal(("en", "UTC"), (user.Locale, user.TimeZone));
        Assert.True(user.UpdateProfile(null, "ru", "Asia/Yekaterinburg", WeightUnit.Lb, Now.AddHours(1)).IsSuccess);
        Assert.Equal(("Ann", "ru", "Asia/Yekaterinburg", WeightUnit.Lb, Now.AddHours(1)), (user.DisplayName.Value, user.Locale, user.TimeZone, user.WeightUnit, user.UpdatedAt));
    }

    [Theory]
    [InlineData("fr", null, "locale_invalid")]
    [InlineData(null, "Not/A_Zone", "time_zone_invalid")]
    public void An_invalid_locale_or_time_zone_changes_nothing(string? locale, string? timeZone, string code)
    {
        var user = NewUser();

        var result = user.UpdateProfile(DisplayName.Create("Someone Else").Value, locale, timeZone, null, Now.AddHours(1));

        Assert.Equal(code, result.Error!.Code);
        Assert.Equal(("Ann", "en", "UTC", Now), (user.DisplayName.Value, user.Locale, user.TimeZone, user.UpdatedAt));
    }

    private static User NewUser() =>
        User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", Now);
}

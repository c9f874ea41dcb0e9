using Platform.Application.Identity;
using Platform.Domain.Identity;

namespace Platform.Application.Workouts;

/// <summary>The diary's owner settings from their profile: the unit of weights and the time zone of days and weeks.</summary>
public sealed record DiaryOwner(WeightUnit WeightUnit, string TimeZone)
{
    private static readonly DiaryOwner Default = new(WeightUnit.Kg, UserPreferences.DefaultTimeZone);

    public static async Task<DiaryOwner> LoadAsync(IUserRepository users, Guid userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId, cancellationToken) is { } user ? new DiaryOwner(user.WeightUnit, user.TimeZone) : Default;
}

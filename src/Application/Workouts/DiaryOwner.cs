using Platform.Application.Identity.Contracts;

namespace Platform.Application.Workouts;

/// <summary>The diary's owner settings from their profile: the unit of weights and the time zone of days and weeks.</summary>
public sealed record DiaryOwner(WeightUnit WeightUnit, string TimeZone)
{
    private static readonly DiaryOwner Default = new(WeightUnit.Kg, UserCard.DefaultTimeZone);

    public static async Task<DiaryOwner> LoadAsync(IUserDirectory users, Guid userId, CancellationToken cancellationToken) =>
        await users.FindAsync(userId, cancellationToken) is { } user ? new DiaryOwner(user.WeightUnit, user.TimeZone) : Default;
}

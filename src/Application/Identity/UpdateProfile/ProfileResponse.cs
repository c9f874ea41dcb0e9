namespace Platform.Application.Identity.UpdateProfile;

/// <summary>The caller's profile after the change.</summary>
public sealed record ProfileResponse(Guid Id, string Email, string DisplayName, string Locale, string TimeZone, string WeightUnit, DateTimeOffset UpdatedAt);

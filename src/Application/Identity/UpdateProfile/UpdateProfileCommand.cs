namespace Platform.Application.Identity.UpdateProfile;

/// <summary>Changes the caller's own profile. A field that is absent or null stays as it is.</summary>
public sealed record UpdateProfileCommand(string? DisplayName, string? Locale, string? TimeZone, string? WeightUnit = null) : ICommand<ProfileResponse>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

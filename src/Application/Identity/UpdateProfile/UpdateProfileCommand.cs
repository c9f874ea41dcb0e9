using System.Text.Json.Serialization;

namespace Platform.Application.Identity.UpdateProfile;

/// <summary>Changes the caller's own profile. A field that is absent or null stays as it is.</summary>
/// <param name="DisplayName">1-100 characters after trimming.</param>
/// <param name="Locale">The language of mails and messages: en or ru.</param>
/// <param name="TimeZone">An IANA time zone id, e.g. Europe/Moscow; the training diary's days and weeks follow it.</param>
/// <param name="WeightUnit">kg or lb: the training diary reads and writes weights in it.</param>
public sealed record UpdateProfileCommand(string? DisplayName, string? Locale, string? TimeZone, string? WeightUnit = null) : ICommand<ProfileResponse>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    [JsonIgnore]
    public Guid UserId { get; init; }
}

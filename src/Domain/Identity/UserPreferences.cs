namespace Platform.Domain.Identity;

/// <summary>The languages mails and messages come in, the check of a time zone id, and the weight units.</summary>
public static class UserPreferences
{
    public const string DefaultLocale = "en";
    public const string DefaultTimeZone = "UTC";

    /// <summary>The longest IANA id accepted (the longest real one is about 30 characters).</summary>
    public const int TimeZoneMaxLength = 64;

    public static readonly IReadOnlyList<string> Locales = ["en", "ru"];

    public static readonly Error LocaleInvalid = Error.Validation("locale_invalid", "The locale must be one of: en, ru.");

    public static readonly Error TimeZoneInvalid =
        Error.Validation("time_zone_invalid", "The time zone must be an IANA time zone id such as Europe/Moscow.");

    public static readonly Error WeightUnitInvalid = Error.Validation("weight_unit_invalid", "The weight unit must be kg or lb.");

    public static bool IsLocale(string? locale) => locale is not null && Locales.Contains(locale);

    public static bool IsTimeZone(string? timeZone) =>
        !string.IsNullOrWhiteSpace(timeZone) && timeZone.Length <= TimeZoneMaxLength && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _);
}

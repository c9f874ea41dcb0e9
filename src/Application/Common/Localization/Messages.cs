using System.Globalization;
using System.Resources;

namespace Platform.Application.Common.Localization;

/// <summary>
/// Translations of error codes (problem titles and details) and of the codes of custom validation rules, for the
/// request's UI culture (the Api sets it from <c>Accept-Language</c>: en or ru). English needs none: it is each
/// error's own message. FluentValidation translates its built-in messages by the same culture itself.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new("Platform.Application.Common.Localization.Messages", typeof(Messages).Assembly);

    /// <summary>The text for <paramref name="key"/> in the current UI culture, or null when it has none (use the English original).</summary>
    public static string? Find(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture);
}

using Microsoft.Net.Http.Headers;
using Platform.Domain.Identity;

namespace Platform.Api.Http;

internal static class RequestLanguage
{
    /// <summary>
    /// The supported locale (<see cref="UserPreferences.Locales"/>) the request's <c>Accept-Language</c> ranks highest,
    /// matching on the primary language (<c>ru-RU</c> is <c>ru</c>); null when it names none of them.
    /// </summary>
    public static string? PreferredLocale(HttpContext http) =>
        http.Request.GetTypedHeaders().AcceptLanguage
            .Where(language => language.Quality is not 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(PrimaryLanguage)
            .FirstOrDefault(UserPreferences.IsLocale);

    private static string PrimaryLanguage(StringWithQualityHeaderValue language)
    {
        var tag = language.Value.Value ?? string.Empty;
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }
}

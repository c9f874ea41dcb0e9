using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Platform.Api.Setup;

/// <summary>
/// The language of error messages follows <c>Accept-Language</c>: English (the default) or Russian (<c>ru</c>,
/// <c>ru-RU</c>, …). Only the UI culture changes: numbers and dates in responses are culture-invariant JSON anyway.
/// </summary>
internal static class LocalizationSetup
{
    public static readonly IReadOnlyList<string> Languages = ["en", "ru"];

    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(culture: Languages[0], uiCulture: Languages[0]);
            options.SupportedCultures = [new CultureInfo(Languages[0])];
            options.SupportedUICultures = [.. Languages.Select(language => new CultureInfo(language))];
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });
}

using System.ComponentModel.DataAnnotations;
using Platform.Application.Common;
using Platform.Application.Identity.UpdateProfile;
using Platform.Domain.Identity;

namespace Platform.Api.Modules.Identity;

internal static class UpdateProfileEndpoint
{
    public static RouteHandlerBuilder MapUpdateProfile(this IEndpointRouteBuilder group) =>
        group.MapPatch("/me", async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> (
                UpdateProfileRequest body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateProfileCommand(body.DisplayName, body.Locale, body.TimeZone, body.WeightUnit) { UserId = user.UserId() }, cancellationToken)).ToOk())
            .WithSummary("Change your display name, locale, time zone or weight unit")
            .WithDescription("Send only what changes: absent or null fields stay as they are. `locale`: en or ru; `timeZone`: an IANA id such as Europe/Moscow (the training diary's days and weeks follow it); " +
                "`weightUnit`: kg or lb (the training diary reads and writes weights in it).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithName("UpdateProfile");
}

/// <summary>Changes the caller's own profile. A field that is absent or null stays as it is.</summary>
/// <param name="DisplayName">1-100 characters after trimming.</param>
/// <param name="Locale">The language of mails and messages: en or ru.</param>
/// <param name="TimeZone">An IANA time zone id, e.g. Europe/Moscow; the training diary's days and weeks follow it.</param>
/// <param name="WeightUnit">kg or lb: the training diary reads and writes weights in it.</param>
public sealed record UpdateProfileRequest(
    [property: StringLength(DisplayName.MaxLength)] string? DisplayName,
    [property: ValuesFrom(typeof(UserPreferences), nameof(UserPreferences.Locales))] string? Locale,
    [property: StringLength(UserPreferences.TimeZoneMaxLength)] string? TimeZone,
    [property: ValuesFrom(typeof(WeightUnitNames), nameof(WeightUnitNames.All))] string? WeightUnit = null);

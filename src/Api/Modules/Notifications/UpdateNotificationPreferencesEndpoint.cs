using System.ComponentModel.DataAnnotations;
using Platform.Application.Notifications;
using Platform.Application.Notifications.UpdateNotificationPreferences;

namespace Platform.Api.Modules.Notifications;

internal static class UpdateNotificationPreferencesEndpoint
{
    public static RouteHandlerBuilder MapUpdateNotificationPreferences(this IEndpointRouteBuilder group) =>
        group.MapPut("/preferences", async Task<Results<Ok<NotificationPreferencesResponse>, ProblemHttpResult>> (
                UpdateNotificationPreferencesRequest body, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!EntityTags.TryReadIfMatch(http.Request, out var version, out var refusal))
                {
                    return refusal!;
                }

                var items = (body.Items ?? []).Select(item => new NotificationSettingInput(item.Type ?? string.Empty, item.InApp ?? true, item.Email ?? string.Empty)).ToList();
                return (await mediator.Send(new UpdateNotificationPreferencesCommand(user.UserId(), version, items), cancellationToken))
                    .ToOkWithEntityTag(http, preferences => preferences.Version);
            })
            .WithSummary("Change your settings for some types of notification, on the copy named by If-Match")
            .WithDescription(
                "The types listed change; the others keep their settings. `If-Match` is required (428 `precondition_required`); a stale one is " +
                "412 `precondition_failed`. An unknown type is 400; turning off the mail of a security type is 422 `notification_security_mail_required`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithName("UpdateNotificationPreferences");
}

/// <summary>New settings for some types of notification.</summary>
/// <param name="Items">One setting per type, each type at most once.</param>
public sealed record UpdateNotificationPreferencesRequest(
    [property: MaxLength(UpdateNotificationPreferencesCommand.MaxItems)] IReadOnlyList<NotificationSettingRequest>? Items);

/// <summary>How one type of notification reaches you.</summary>
/// <param name="Type">A key of GET /api/v1/notifications/types.</param>
/// <param name="InApp">Whether it appears in the app (and is pushed).</param>
/// <param name="Email">off, immediate, or digest (one mail a day with all of them).</param>
public sealed record NotificationSettingRequest(
    [property: StringLength(Domain.Notifications.Notification.TypeMaxLength)] string? Type,
    bool? InApp,
    [property: ValuesFrom(typeof(EmailDeliveryNames), nameof(EmailDeliveryNames.All))] string? Email);

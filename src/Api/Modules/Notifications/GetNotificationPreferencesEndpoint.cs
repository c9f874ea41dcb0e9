using Platform.Application.Notifications;
using Platform.Application.Notifications.GetNotificationPreferences;

namespace Platform.Api.Modules.Notifications;

internal static class GetNotificationPreferencesEndpoint
{
    public static RouteHandlerBuilder MapGetNotificationPreferences(this IEndpointRouteBuilder group) =>
        group.MapGet("/preferences", async Task<Results<Ok<NotificationPreferencesResponse>, ProblemHttpResult>> (
                ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetNotificationPreferencesQuery(user.UserId()), cancellationToken)).ToOkWithEntityTag(http, preferences => preferences.Version))
            .WithSummary("Your settings for every type of notification, with an ETag")
            .WithDescription("Per type: in the app or not, and by mail off, immediately or in the daily digest. Send the ETag back as `If-Match` on PUT.")
            .WithName("GetNotificationPreferences");
}

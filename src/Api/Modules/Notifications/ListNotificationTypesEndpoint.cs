using Platform.Application.Notifications;
using Platform.Application.Notifications.ListNotificationTypes;

namespace Platform.Api.Modules.Notifications;

internal static class ListNotificationTypesEndpoint
{
    public static RouteHandlerBuilder MapListNotificationTypes(this IEndpointRouteBuilder group) =>
        group.MapGet("/types", async Task<Results<Ok<IReadOnlyList<NotificationSettingResponse>>, ProblemHttpResult>> (
                IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListNotificationTypesQuery(), cancellationToken)).ToOk())
            .WithSummary("Every type of notification, with its name and description in your language and its defaults")
            .WithDescription(
                "In the language of `Accept-Language` (en or ru). `inApp` and `email` (off, immediate, digest) are what a user gets " +
                "until they choose; the mail of a type with `isSecurity` cannot be turned off.")
            .WithName("ListNotificationTypes");
}

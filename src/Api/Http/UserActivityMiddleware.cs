using Platform.Application.Identity;
using Platform.Application.Reports;

namespace Platform.Api.Http;

/// <summary>
/// Tells the activity recorder about every signed-in caller and the app its token names (the active-users and
/// client-versions reports); it costs a lookup after a user's first request of the day with that app.
/// </summary>
internal sealed class UserActivityMiddleware(RequestDelegate next, IUserActivity activity)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.FindFirst("sub")?.Value is { } subject && Guid.TryParse(subject, out var userId))
        {
            activity.Saw(userId, context.User.FindFirst(AccessTokenClaims.AppType)?.Value, context.User.FindFirst(AccessTokenClaims.AppVersion)?.Value);
        }

        return next(context);
    }
}

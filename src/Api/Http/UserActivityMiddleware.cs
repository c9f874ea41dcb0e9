using Platform.Application.Reports;

namespace Platform.Api.Http;

/// <summary>Tells the activity recorder about every signed-in caller (the active-users report); it costs a lookup after a user's first request of the day.</summary>
internal sealed class UserActivityMiddleware(RequestDelegate next, IUserActivity activity)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.FindFirst("sub")?.Value is { } subject && Guid.TryParse(subject, out var userId))
        {
            activity.Saw(userId);
        }

        return next(context);
    }
}

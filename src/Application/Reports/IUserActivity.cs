namespace Platform.Application.Reports;

/// <summary>
/// Records that a user made a signed-in request, for the active-users report: at most once per user per UTC day (the
/// first request's instant), written in batches off the request path. A second or so of activity may be lost in a crash.
/// </summary>
public interface IUserActivity
{
    void Saw(Guid userId);
}

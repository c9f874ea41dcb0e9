namespace Platform.Application.Reports;

/// <summary>
/// Records that a user made a signed-in request with an app (type and version), for the active-users and client-versions
/// reports: at most once per user, app and version per UTC day (the first request's instant), written in batches off the
/// request path. A second or so of activity may be lost in a crash.
/// </summary>
public interface IUserActivity
{
    /// <summary>Null app type or version (a token issued before tokens named them) is recorded as <c>unknown</c>.</summary>
    void Saw(Guid userId, string? appType, string? appVersion);
}

using Platform.Domain.Tracker;

namespace Platform.Application.Tracker;

/// <summary>
/// Signs in to a Jira site as a connection would and reads who the credentials are (<c>serverInfo</c>, then
/// <c>myself</c>): a connection is stored, or re-keyed, only when this succeeds.
/// </summary>
public interface IJiraProbe
{
    /// <returns>
    /// The account; or <see cref="TrackerErrors.BaseUrlNotAllowed"/> (a site the SSRF rules refuse, nothing sent),
    /// <see cref="TrackerErrors.CredentialsRejected"/>, <see cref="TrackerErrors.JiraBadGateway"/> or
    /// <see cref="TrackerErrors.JiraTimeout"/>.
    /// </returns>
    Task<Result<JiraAccount>> ProbeAsync(string? baseUrl, JiraCredentials credentials, CancellationToken cancellationToken);
}

namespace Platform.Domain.Tracker;

/// <summary>The expected failures of the Tracker module, with the codes clients see.</summary>
public static class TrackerErrors
{
    public static readonly Error BaseUrlNotAllowed = Error.Validation(
        "base_url_not_allowed",
        "The Jira site must be an https URL of a public host (http and private addresses only for hosts in Tracker:Jira:AllowedHosts; link-local and metadata addresses never).");

    public static readonly Error CredentialsRejected = Error.Unprocessable(
        "connection_credentials_rejected", "Jira refused these credentials; nothing was stored.");

    public static readonly Error JiraBadGateway = Error.BadGateway(
        "jira_bad_gateway", "Jira could not be reached, or answered with something other than Jira's JSON.");

    public static readonly Error JiraTimeout = Error.GatewayTimeout("jira_timeout", "Jira did not answer in time.");
}

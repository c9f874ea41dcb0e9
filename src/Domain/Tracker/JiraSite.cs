namespace Platform.Domain.Tracker;

/// <summary>Which Jira a site runs: Atlassian's Cloud (REST v3, ADF, account ids) or a self-hosted Data Center (REST v2, wiki markup).</summary>
public enum JiraDeployment
{
    Cloud,
    DataCenter,
}

/// <summary>How a connection signs in to Jira.</summary>
public enum CredentialScheme
{
    /// <summary>Cloud: an Atlassian API token, sent as Basic <c>email:token</c>.</summary>
    ApiToken,

    /// <summary>Data Center: a personal access token, sent as Bearer.</summary>
    PersonalAccessToken,
}

/// <summary>
/// What a connection signs in with. The secret never reaches a log, a response or a message: this type's text names
/// the scheme and the login only.
/// </summary>
public sealed class JiraCredentials(CredentialScheme scheme, string? login, string secret)
{
    public CredentialScheme Scheme { get; } = scheme;

    /// <summary>The Atlassian account's e-mail address for an API token; null for a personal access token.</summary>
    public string? Login { get; } = login;

    public string Secret { get; } = secret;

    public override string ToString() => $"{Scheme} credentials{(Login is null ? string.Empty : $" of {Login}")}";
}

/// <summary>The Jira account a connection's credentials sign in as, as the site's <c>myself</c> and <c>serverInfo</c> describe it.</summary>
public sealed record JiraAccount(JiraDeployment Deployment, string AccountId, string DisplayName, string TimeZone);

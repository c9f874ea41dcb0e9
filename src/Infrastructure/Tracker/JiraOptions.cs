namespace Platform.Infrastructure.Tracker;

/// <summary>How the tracker reaches Jira sites (<c>Tracker:Jira</c>).</summary>
public sealed class JiraOptions
{
    public const string SectionName = "Tracker:Jira";

    /// <summary>
    /// Hosts a connection may reach over http and on loopback or private addresses (a company's own Jira, the fake in
    /// tests); every other site must be https on a public address. Link-local and metadata addresses are refused even
    /// for these. appsettings.json lists 127.0.0.1 and localhost (the fake Jira, a developer's own); a deployment
    /// replaces them by index (<c>Tracker__Jira__AllowedHosts__0</c>, <c>__1</c>).
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>How long one call to Jira may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsValid => Timeout > TimeSpan.Zero && AllowedHosts.All(host => !string.IsNullOrWhiteSpace(host));
}

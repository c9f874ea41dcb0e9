namespace Platform.Api.IdentityEdge;

/// <summary>The apps that may sign in (configuration section <c>Clients</c>): their types, and the oldest version of each still served.</summary>
internal sealed class ClientOptions
{
    public const string SectionName = "Clients";

    /// <summary>Accepted values of X-App-Type, lower-case (appsettings.json: ios, android, web, desktop).</summary>
    public string[] AppTypes { get; set; } = [];

    /// <summary>Per app type, the lowest X-App-Version that may sign in or refresh; older ones get 426.</summary>
    public Dictionary<string, string> MinimumVersions { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

using System.Text.Json.Nodes;

namespace Platform.FakeJira;

/// <summary>A user of the fake site: the account a token or a password signs in as.</summary>
public sealed record JiraUser(string AccountId, string DisplayName, string Email, string TimeZone = "Europe/Berlin")
{
    /// <summary>The Cloud API token (Basic <c>email:token</c>); null when the user has none.</summary>
    public string? ApiToken { get; init; }

    /// <summary>The Data Center personal access token (Bearer); null when the user has none.</summary>
    public string? PersonalAccessToken { get; init; }
}

/// <summary>A field as <c>/rest/api/3/field</c> lists it; custom fields have ids like <c>customfield_10016</c>.</summary>
public sealed record JiraField(string Id, string Name, bool Custom, string SchemaType);

/// <summary>A comment: its body as ADF (Cloud) and as wiki markup (Data Center, rendered by the fake to HTML).</summary>
public sealed record JiraComment(string Id, JiraUser Author, JsonObject Body, string Wiki, DateTimeOffset Created);

/// <summary>One change of one field, as the changelog lists it.</summary>
public sealed record JiraChangeItem(string Field, string? From, string? To);

/// <summary>A changelog entry: who changed what, when.</summary>
public sealed record JiraChange(string Id, JiraUser Author, DateTimeOffset Created, IReadOnlyList<JiraChangeItem> Items);

/// <summary>An attached file and its bytes.</summary>
public sealed record JiraAttachment(string Id, string FileName, string MimeType, byte[] Content, JiraUser Author, DateTimeOffset Created);

/// <summary>A link to another issue: <c>blocks</c>, <c>is blocked by</c> …</summary>
public sealed record JiraIssueLink(string Id, string Type, string Direction, string OtherKey);

/// <summary>
/// An issue as the fake stores it. The fake renders what Jira would answer from it: Cloud v3 with ADF, Data Center
/// v2 with wiki markup and <c>renderedFields</c>.
/// </summary>
public sealed record JiraIssue
{
    public required string Id { get; init; }

    public required string Key { get; init; }

    public string ProjectKey => Key[..Key.IndexOf('-', StringComparison.Ordinal)];

    public required string Summary { get; init; }

    public string Status { get; init; } = "To Do";

    /// <summary>The status category's key: <c>new</c>, <c>indeterminate</c> or <c>done</c>.</summary>
    public string StatusCategory { get; init; } = "new";

    public string Priority { get; init; } = "Medium";

    public string IssueType { get; init; } = "Task";

    public JiraUser? Assignee { get; init; }

    public required JiraUser Reporter { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Updated { get; init; }

    public DateOnly? Due { get; init; }

    /// <summary>The description as an ADF document (Cloud); null for none.</summary>
    public JsonObject? Description { get; init; }

    /// <summary>The description as wiki markup (Data Center).</summary>
    public string? DescriptionWiki { get; init; }

    public IReadOnlyList<JiraComment> Comments { get; init; } = [];

    public IReadOnlyList<JiraChange> Changelog { get; init; } = [];

    public IReadOnlyList<JiraAttachment> Attachments { get; init; } = [];

    public IReadOnlyList<JiraIssueLink> Links { get; init; } = [];

    public IReadOnlyList<string> SubtaskKeys { get; init; } = [];

    /// <summary>Custom field values by field id.</summary>
    public IReadOnlyDictionary<string, JsonNode?> CustomFields { get; init; } = new Dictionary<string, JsonNode?>();
}

namespace Platform.FakeJira;

/// <summary>
/// The fake site's data, safe to change from a test while requests run. Reads of one issue see every write at once;
/// search sees a write only once <see cref="FaultSwitch.SearchLag"/> has passed since it, as Jira's index lags.
/// </summary>
public sealed class JiraStore(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly List<JiraUser> _users = [];
    private readonly List<JiraField> _fields = [.. SystemFields];
    private readonly Dictionary<string, List<(DateTimeOffset VisibleFrom, JiraIssue Issue)>> _issues = new(StringComparer.Ordinal);
    private long _nextId = 10000;

    /// <summary>The system fields the fake knows; custom ones are added with <see cref="AddField"/>.</summary>
    public static IReadOnlyList<JiraField> SystemFields { get; } =
    [
        new("summary", "Summary", false, "string"), new("status", "Status", false, "status"), new("priority", "Priority", false, "priority"),
        new("issuetype", "Issue Type", false, "issuetype"), new("assignee", "Assignee", false, "user"), new("reporter", "Reporter", false, "user"),
        new("labels", "Labels", false, "array"), new("created", "Created", false, "datetime"), new("updated", "Updated", false, "datetime"),
        new("duedate", "Due date", false, "date"), new("description", "Description", false, "string"), new("comment", "Comment", false, "comments-page"),
        new("attachment", "Attachment", false, "array"), new("issuelinks", "Linked Issues", false, "array"), new("subtasks", "Sub-tasks", false, "array"),
        new("project", "Project", false, "project"),
    ];

    public TimeProvider Clock => clock;

    /// <summary>How far search lags behind writes; zero (the default) shows each write at once.</summary>
    public TimeSpan SearchLag { get; set; }

    public JiraUser AddUser(JiraUser user)
    {
        lock (_gate)
        {
            _users.Add(user);
            return user;
        }
    }

    public JiraField AddField(JiraField field)
    {
        lock (_gate)
        {
            _fields.Add(field);
            return field;
        }
    }

    public IReadOnlyList<JiraField> Fields()
    {
        lock (_gate)
        {
            return [.. _fields];
        }
    }

    public IReadOnlyList<JiraUser> Users()
    {
        lock (_gate)
        {
            return [.. _users];
        }
    }

    /// <summary>The next free numeric issue id, as a string (Jira's ids are numbers sent as strings).</summary>
    public string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adds or replaces an issue (by key).</summary>
    public JiraIssue Put(JiraIssue issue)
    {
        lock (_gate)
        {
            if (!_issues.TryGetValue(issue.Key, out var versions))
            {
                _issues[issue.Key] = versions = [];
            }

            versions.Add((clock.GetUtcNow() + SearchLag, issue));
            return issue;
        }
    }

    /// <summary>Changes an issue as a write to Jira would, moving its <c>updated</c> to now.</summary>
    public JiraIssue Update(string key, Func<JiraIssue, JiraIssue> change)
    {
        var current = Find(key) ?? throw new KeyNotFoundException($"No issue {key}.");
        return Put(change(current) with { Updated = clock.GetUtcNow() });
    }

    public bool Remove(string key)
    {
        lock (_gate)
        {
            return _issues.Remove(key);
        }
    }

    /// <summary>An issue as it is now, by key or id; null when there is none.</summary>
    public JiraIssue? Find(string idOrKey)
    {
        lock (_gate)
        {
            if (_issues.TryGetValue(idOrKey, out var versions))
            {
                return versions[^1].Issue;
            }

            return _issues.Values.Select(history => history[^1].Issue).FirstOrDefault(issue => issue.Id == idOrKey);
        }
    }

    /// <summary>Every issue as search sees it now: the latest version whose indexing has caught up.</summary>
    public IReadOnlyList<JiraIssue> Indexed()
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            return [.. _issues.Values.Select(versions => versions.LastOrDefault(version => version.VisibleFrom <= now).Issue).OfType<JiraIssue>()];
        }
    }

    /// <summary>An attachment of any issue as it is now; null when there is none.</summary>
    public JiraAttachment? FindAttachment(string id)
    {
        lock (_gate)
        {
            return _issues.Values.SelectMany(versions => versions[^1].Issue.Attachments).FirstOrDefault(attachment => attachment.Id == id);
        }
    }

    public JiraUser? FindUser(string accountId)
    {
        lock (_gate)
        {
            return _users.Find(user => user.AccountId == accountId);
        }
    }
}

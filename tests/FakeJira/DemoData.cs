using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Platform.FakeJira;

/// <summary>
/// A site to try the tracker on: two users (the demo one signs in with an API token on Cloud routes or a personal
/// access token on Data Center ones), a custom field, and issues of projects PLAT and OPS with rich descriptions,
/// comments past the 20 Jira embeds, history, attachments, links and subtasks.
/// </summary>
public static class DemoData
{
    public const string Email = "demo@example.com";
    public const string ApiToken = "demo-api-token";
    public const string PersonalAccessToken = "demo-personal-access-token";

    private static readonly string[] Statuses = ["To Do", "In Progress", "In Review", "Done"];
    private static readonly string[] Priorities = ["Highest", "High", "Medium", "Low", "Lowest"];
    private static readonly string[] Types = ["Task", "Bug", "Story"];
    private static readonly string[] LabelPool = ["backend", "frontend", "billing", "urgent", "tech-debt"];

    /// <summary>Fills the store; answers the demo user.</summary>
    public static JiraUser Seed(JiraStore store, int issuesPerProject = 40)
    {
        var demo = store.AddUser(new JiraUser("5b10ac8d82e05b22cc7d4ef5", "Demo User", Email, "Europe/Berlin") { ApiToken = ApiToken, PersonalAccessToken = PersonalAccessToken });
        var colleague = store.AddUser(new JiraUser("5b10a2844c20165700ede21g", "Alex Colleague", "alex@example.com", "America/New_York"));
        store.AddField(new JiraField("customfield_10016", "Story Points", true, "number"));
        var now = store.Clock.GetUtcNow();
        foreach (var project in new[] { "PLAT", "OPS" })
        {
            for (var number = 1; number <= issuesPerProject; number++)
            {
                var created = now.AddDays(-number).AddHours(-number % 7);
                var status = Statuses[number % Statuses.Length];
                var key = $"{project}-{number}";
                store.Put(new JiraIssue
                {
                    Id = store.NextId(),
                    Key = key,
                    Summary = $"{Types[number % Types.Length]} {number}: {(number % 5 == 0 ? "Invoices & receipts <export>" : "Sign-in keeps the session")} in {project}",
                    Status = status,
                    StatusCategory = status == "Done" ? "done" : status == "To Do" ? "new" : "indeterminate",
                    Priority = Priorities[number % Priorities.Length],
                    IssueType = Types[number % Types.Length],
                    Assignee = number % 3 == 0 ? null : number % 2 == 0 ? demo : colleague,
                    Reporter = number % 4 == 0 ? demo : colleague,
                    Labels = [.. LabelPool.Where((_, index) => (number + index) % 3 == 0)],
                    Created = created,
                    Updated = created.AddHours(number % 11),
                    Due = number % 4 == 0 ? DateOnly.FromDateTime(now.AddDays(number % 9).UtcDateTime) : null,
                    Description = Adf.Doc(
                        Adf.Heading(2, "What happens"),
                        Adf.Paragraph(Adf.Text("Steps from "), Adf.Mention(colleague.AccountId, "@Alex Colleague"), Adf.Text(", "), Adf.Text("bold", "strong"), Adf.Text(" and "), Adf.Link("the runbook", "https://example.com/runbook")),
                        Adf.CodeBlock("csharp", "var session = await sessions.RefreshAsync(token);"),
                        Adf.Panel("warning", Adf.Paragraph(Adf.Text("Customers are affected."))),
                        Adf.Table(["Step", "Result"], ["Sign in", "OK"], ["Wait 16 minutes", "Signed out"])),
                    DescriptionWiki = "h2. What happens\n\nSteps from [~alex], *bold* and [the runbook|https://example.com/runbook]\n\n{code:csharp}var session = await sessions.RefreshAsync(token);{code}",
                    Comments = [.. Enumerable.Range(1, number == 1 ? 25 : number % 4).Select(index => Comment(index, index % 2 == 0 ? demo : colleague, created.AddHours(index)))],
                    Changelog = [new JiraChange($"{number}00", colleague, created.AddHours(1), [new JiraChangeItem("status", "To Do", status)])],
                    Attachments = number == 1
                        ? [new JiraAttachment($"{number}0001", "notes.txt", "text/plain", Encoding.UTF8.GetBytes(new string('x', 4096)), demo, created)]
                        : [],
                    Links = number > 1 ? [new JiraIssueLink($"{number}9", "Blocks", "outward", $"{project}-{number - 1}")] : [],
                    CustomFields = new Dictionary<string, JsonNode?> { ["customfield_10016"] = number % 8 },
                });
            }
        }

        return demo;
    }

    private static JiraComment Comment(int index, JiraUser author, DateTimeOffset created) => new(
        (900_000 + index).ToString(CultureInfo.InvariantCulture), author, Adf.Doc(Adf.Paragraph(Adf.Text($"Comment {index}"))), $"Comment {index}", created);
}

namespace Platform.FakeJira;

/// <summary>
/// The fake alone, with demo data: <c>dotnet run --project tests/FakeJira [url]</c> (default http://127.0.0.1:5090).
/// Not a top-level program, so the tests that reference this project keep one <c>Program</c> (the Api's).
/// </summary>
public static class FakeJiraProgram
{
    public static async Task Main(string[] args)
    {
        var url = args.Length > 0 ? args[0] : "http://127.0.0.1:5090";
        await using var jira = await FakeJiraServer.StartAsync(url);
        DemoData.Seed(jira.Store);
        Console.WriteLine($"Fake Jira on {jira.BaseAddress} with demo data. Cloud: Basic {DemoData.Email}:{DemoData.ApiToken} on /rest/api/3; " +
            $"Data Center: Bearer {DemoData.PersonalAccessToken} on /rest/api/2. Ctrl+C or SIGTERM stops it.");
        await jira.WaitForShutdownAsync();
    }
}

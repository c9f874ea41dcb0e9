using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Resilience.Tests.Support;
using Xunit.Abstractions;

namespace Platform.Resilience.Tests;

/// <summary>
/// A confirmation deadline is a row, not a timer: a tournament final reported while one process runs, whose deadline
/// passes while none runs, is confirmed once the platform is back, by exactly one of two workers sharing the job engine
/// (the <c>match-confirmations</c> job fires every two seconds here), and the tournament completes with it.
/// </summary>
[Trait("Category", "Crash")]
[Collection(CrashTestGroup.Name)]
public sealed partial class MatchDeadlineRestartTests(ITestOutputHelper output)
{
    private readonly CrashCluster _cluster = CrashCluster.FromEnvironment().WithDatabase("platform_match_deadlines");

    private static string WorkDirectory => Path.Combine(RepositoryPaths.CrashTestDirectory, "match-deadlines");

    [Fact]
    public async Task A_final_left_unanswered_across_a_restart_is_confirmed_once_by_one_of_two_workers()
    {
        await _cluster.RecreateDatabaseAsync();
        var (tournament, final) = await ReportAFinalAsync();

        // Nothing runs now; the deadline (24 h ahead) is moved into the past, as if a day went by.
        Assert.Equal("AwaitingConfirmation", await _cluster.ScalarAsync($"SELECT status FROM matches WHERE id = '{final}'"));
        await _cluster.ScalarAsync($"UPDATE matches SET confirmation_deadline = now() - interval '1 minute' WHERE id = '{final}'");
        await using var first = await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "worker-1"), ApiProcess.WorkerFiring("match-confirmations"));
        await using var second = await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "worker-2"), ApiProcess.WorkerFiring("match-confirmations"));
        var waited = Stopwatch.StartNew();
        while (!Equals(await _cluster.ScalarAsync($"SELECT status FROM matches WHERE id = '{final}'"), "Completed") && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(500);
        }

        // Let both fire a few more times: the match is not confirmed again.
        await Task.Delay(TimeSpan.FromSeconds(6));
        var confirmations = Confirmations(first) + Confirmations(second);
        var report = $"the final was confirmed {waited.Elapsed.TotalSeconds:F1} s after two workers started; matches confirmed by the job: " +
            $"{Confirmations(first)} on the first, {Confirmations(second)} on the second";
        output.WriteLine(report);
        File.AppendAllText(Path.Combine(RepositoryPaths.CrashTestDirectory, "report.txt"), $"Match deadline test: {report}{Environment.NewLine}");
        Assert.Equal(1, confirmations);
        Assert.Equal(true, await _cluster.ScalarAsync($"SELECT auto_confirmed FROM matches WHERE id = '{final}'"));
        Assert.Equal(1L, await _cluster.ScalarAsync($"SELECT count(*) FROM matches, jsonb_array_elements(history) AS step WHERE id = '{final}' AND step->>'Action' = 'completed'"));
        Assert.Equal(1L, await _cluster.ScalarAsync($"SELECT count(*) FROM outbox_messages WHERE name = 'matches.completed.v1' AND payload->>'matchId' = '{final}'"));
        Assert.Equal("Completed", await _cluster.ScalarAsync($"SELECT state FROM tournaments WHERE id = '{tournament}'"));
    }

    /// <summary>With one Api process: two captains' teams in a two-team tournament, started, and its final reported by the home captain.</summary>
    private async Task<(Guid Tournament, Guid Final)> ReportAFinalAsync()
    {
        await using var api = await ApiProcess.StartAsync(_cluster.ConnectionString, Path.Combine(WorkDirectory, "api"), SignUps());
        using var organiser = await ApiUser.SignUpAsync(api.Address, "organiser@example.com");
        var tournament = await IdOfAsync(await organiser.Client.PostAsJsonAsync("/api/v1/tournaments",
            new { name = "Night Cup", sport = "football", city = "Berlin", settings = new { format = "single_elimination" } }));
        (await organiser.Client.PostAsync(new Uri($"/api/v1/tournaments/{tournament}/registration", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var captains = new Dictionary<Guid, ApiUser>();
        foreach (var name in new[] { "home", "away" })
        {
            var captain = await ApiUser.SignUpAsync(api.Address, $"{name}@example.com");
            var team = await IdOfAsync(await captain.Client.PostAsJsonAsync("/api/v1/teams", new { name = $"Team {name}", sport = "football", city = "Berlin", recruiting = true }));
            var entry = await IdOfAsync(await captain.Client.PostAsJsonAsync($"/api/v1/tournaments/{tournament}/entries", new { teamId = team }));
            (await organiser.Client.PostAsync(new Uri($"/api/v1/tournaments/{tournament}/entries/{entry}/accept", UriKind.Relative), null)).EnsureSuccessStatusCode();
            captains[team] = captain;
        }

        (await organiser.Client.PostAsync(new Uri($"/api/v1/tournaments/{tournament}/start", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var final = (await organiser.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/tournaments/{tournament}/matches", UriKind.Relative))).GetProperty("items")[0];
        var id = final.GetProperty("id").GetGuid();
        var home = captains[final.GetProperty("homeTeamId").GetGuid()];
        (await home.Client.PostAsJsonAsync($"/api/v1/matches/{id}/reports", new { homeScore = 2, awayScore = 1 })).EnsureSuccessStatusCode();
        foreach (var user in captains.Values)
        {
            user.Dispose();
        }

        return (tournament, id);
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>How many matches the job confirmed in this worker's log.</summary>
    private static int Confirmations(ApiProcess worker) =>
        Run().Matches(worker.ReadLog()).Sum(match => int.Parse(match.Groups["handled"].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static Dictionary<string, string> SignUps() => new()
    {
        ["RateLimits__Register__PerIpPermitLimit"] = "1000",
        ["RateLimits__Login__PerIpPermitLimit"] = "1000",
    };

    [GeneratedRegex(@"Job match-confirmations handled (?<handled>\d+) in \d+ ms")]
    private static partial Regex Run();
}

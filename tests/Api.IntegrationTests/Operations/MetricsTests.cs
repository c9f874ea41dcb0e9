using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Operations;

public sealed class MetricsTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Metrics_are_served_in_prometheus_format_with_http_runtime_and_pipeline_instruments()
    {
        await RegisterAndLoginAsync();

        // The exporter caches a scrape briefly; poll until this test's requests show up.
        string text = string.Empty;
        for (var attempt = 0; attempt < 20 && !text.Contains("platform_pipeline_request_duration_seconds_count", StringComparison.Ordinal); attempt++)
        {
            var response = await GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync();
            await Task.Delay(100);
        }

        Assert.Contains("platform_pipeline_request_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("request=\"RegisterUserCommand\"", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"success\"", text, StringComparison.Ordinal);
        Assert.Contains("platform_pipeline_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs on a host of its own: every test host in this process publishes meters with the same names, and when a
    /// host made for an earlier test is disposed, OpenTelemetry retires the metric streams those names share, also in
    /// the hosts still running. A fresh host publishes fresh streams. (One host per process in production.)
    /// </summary>
    [Fact]
    public async Task Identity_counters_and_the_active_session_gauge_are_exported()
    {
        await using var host = Factory.WithWebHostBuilder(_ => { });
        using var client = host.CreateClient().AsTestApp();
        (await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "ann@example.com", password = Password, displayName = "Ann" })).EnsureSuccessStatusCode();
        var tokens = await ReadTokensAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password }));
        await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = "not the password" });
        await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        using var thief = host.CreateClient().AsTestApp("thief-device");
        await thief.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        await client.PostAsJsonAsync("/api/v1/auth/password/forgot", new { email = "ann@example.com" });

        var text = await ScrapeUntilAsync(client, "platform_identity_active_sessions");

        Assert.Matches(@"platform_identity_registrations_total(\{[^}]*\})? [1-9]", text);
        Assert.Matches(@"platform_identity_logins_total\{[^}]*outcome=""success""[^}]*\} [1-9]", text);
        Assert.Matches(@"platform_identity_logins_total\{[^}]*outcome=""failure""[^}]*\} [1-9]", text);
        Assert.Matches(@"platform_identity_refreshes_total\{[^}]*outcome=""success""[^}]*\} [1-9]", text);
        Assert.Matches(@"platform_identity_refreshes_total\{[^}]*outcome=""failure""[^}]*\} [1-9]", text);
        Assert.Matches(@"platform_identity_refresh_token_reuse_total(\{[^}]*\})? [1-9]", text);
        Assert.Matches(@"platform_identity_password_resets_total\{[^}]*stage=""requested""[^}]*\} [1-9]", text);
        Assert.Matches(@"platform_identity_active_sessions(\{[^}]*\})? \d+", text);
    }

    /// <summary>On a host of its own, for the reason above. Labels name kinds of things, never users: 200 more users
    /// doing what one did (in every module) add no series.</summary>
    [Fact]
    public async Task Two_hundred_more_users_acting_add_no_platform_series()
    {
        await using var host = Factory.WithWebHostBuilder(_ => { });
        using var client = host.CreateClient().AsTestApp();
        await ActAsync(client, "first@example.com", "FIRST");
        await ScrapeUntilAsync(client, "platform_identity_logins_total");
        await Task.Delay(1500); // the relay delivers what the first user's actions wrote; the exporter's cache expires
        var before = PlatformSeries(await client.GetStringAsync("/metrics"));

        for (var index = 0; index < 200; index++)
        {
            await ActAsync(client, $"user{index}@example.com", $"P{index}");
        }

        await Task.Delay(1500); // the exporter caches a scrape for a second
        var after = PlatformSeries(await client.GetStringAsync("/metrics"));
        Assert.Equal(before, after);
    }

    /// <summary>
    /// Signs up, signs in, fails a sign-in, reads the profile, creates a project and logs a workout: what every user does.
    /// </summary>
    private static async Task ActAsync(HttpClient client, string email, string projectKey)
    {
        var (_, token) = await SignUpAsync(client, email);
        await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "not the password" });
        (await SendAsAsync(client, token, HttpMethod.Get, "/api/v1/auth/me", null)).EnsureSuccessStatusCode();
        (await SendAsAsync(client, token, HttpMethod.Post, "/api/v1/projects", new { key = projectKey, name = "Garden" })).EnsureSuccessStatusCode();
        var squat = await SendAsAsync(client, token, HttpMethod.Get, "/api/v1/exercises?search=back%20squat", null);
        var squatId = (await squat.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("items")[0].GetProperty("id").GetGuid();
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        (await SendAsAsync(client, token, HttpMethod.Post, "/api/v1/workouts", new
        {
            title = "Legs", startedAt = start, endedAt = start.AddHours(1), sets = new[] { new { exerciseId = squatId, reps = 5, weight = 60 } },
        })).EnsureSuccessStatusCode();
    }

    /// <summary>The platform's series in a scrape: each metric name with its labels, without the values.</summary>
    private static List<string> PlatformSeries(string scrape) =>
        [.. scrape.Split('\n').Where(line => line.StartsWith("platform_", StringComparison.Ordinal)).Select(line => line[..line.LastIndexOf(' ')]).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task With_a_management_port_the_metrics_answer_there_only()
    {
        await using var host = Factory.WithWebHostBuilder(builder => builder.UseSetting("Metrics:Port", "9464"));
        using var client = host.CreateClient();

        var onPublicPort = await client.GetAsync("/metrics");
        using var onManagementPort = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        onManagementPort.Headers.Host = "localhost:9464";

        Assert.Equal(HttpStatusCode.NotFound, onPublicPort.StatusCode);
        var scraped = await client.SendAsync(onManagementPort);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("dotnet_gc_", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>On a host of its own, for the reason above.</summary>
    [Fact]
    public async Task Outbox_notification_and_job_instruments_are_exported_with_bounded_labels()
    {
        await using var host = Factory.WithWebHostBuilder(_ => { });
        using var client = host.CreateClient().AsTestApp();
        var ann = await SignUpAsync(client, "ann@example.com");
        var bob = await SignUpAsync(client, "bob@example.com");
        var project = await PostAsAsync(client, ann.Token, "/api/v1/projects", new { key = "GPR", name = "Garden" });
        var projectId = (await project.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        (await PostAsAsync(client, ann.Token, $"/api/v1/projects/{projectId}/members", new { userId = bob.Id, role = "viewer" })).EnsureSuccessStatusCode();
        var scheduler = await RunningSchedulerAsync(host);
        await scheduler.TriggerJob(new Quartz.JobKey("outbox-purge"));

        var text = await ScrapeUntilAsync(client, "platform_jobs_runs_total");
        text = text.Contains("platform_outbox_dispatched_total{", StringComparison.Ordinal) ? text : await ScrapeUntilAsync(client, "platform_outbox_dispatched_total{");

        Assert.Matches(@"platform_outbox_dispatched_total\{[^}]*message=""projects\.member-added\.v1""[^}]*\} [1-9]", text);
        Assert.Matches(@"platform_notifications_sent_total\{[^}]*channel=""in_app""[^}]*type=""projects\.member-added""[^}]*\} 1", text);
        Assert.Matches(@"platform_notifications_sent_total\{[^}]*channel=""email""[^}]*type=""projects\.member-added""[^}]*\} 1", text);
        Assert.Matches(@"platform_jobs_runs_total\{[^}]*job_name=""outbox-purge""[^}]*outcome=""success""[^}]*\} 1", text);
        Assert.Matches(@"platform_jobs_run_duration_seconds_count\{[^}]*job_name=""outbox-purge""[^}]*\} 1", text);
        Assert.Matches(@"platform_outbox_pending(\{[^}]*\})? \d+", text);
        Assert.Matches(@"platform_outbox_oldest_pending_age_seconds(\{[^}]*\})? [\d.e+-]+", text);
        // No label holds an id or an address: series must not grow with users.
        Assert.DoesNotMatch(@"platform_(outbox|notifications|jobs)_[a-z_]+\{[^}]*(""[0-9a-f]{8}-[0-9a-f]{4}|@)", text);
    }

    /// <summary>On a host of its own, for the reason above.</summary>
    [Fact]
    public async Task Project_and_diary_counters_count_committed_changes_and_no_platform_label_holds_an_id_or_address()
    {
        await using var host = Factory.WithWebHostBuilder(_ => { });
        using var client = host.CreateClient().AsTestApp();
        var ann = await SignUpAsync(client, "ann@example.com");
        var bob = await SignUpAsync(client, "bob@example.com");
        var project = await SendAsAsync(client, ann.Token, HttpMethod.Post, "/api/v1/projects", new { key = "GPR", name = "Garden" });
        var projectId = (await project.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        (await SendAsAsync(client, ann.Token, HttpMethod.Post, "/api/v1/projects", new { key = "GPR", name = "Taken key" })).Dispose();
        var members = $"/api/v1/projects/{projectId}/members";
        (await SendAsAsync(client, ann.Token, HttpMethod.Post, members, new { userId = bob.Id, role = "viewer" })).EnsureSuccessStatusCode();
        (await SendAsAsync(client, ann.Token, HttpMethod.Put, $"{members}/{bob.Id}", new { role = "member" })).EnsureSuccessStatusCode();
        (await SendAsAsync(client, ann.Token, HttpMethod.Delete, $"{members}/{bob.Id}", null)).EnsureSuccessStatusCode();
        (await SendAsAsync(client, ann.Token, HttpMethod.Post, $"/api/v2/projects/{projectId}/archive", null)).EnsureSuccessStatusCode();
        var squat = await SendAsAsync(client, ann.Token, HttpMethod.Get, "/api/v1/exercises?search=back%20squat", null);
        var squatId = (await squat.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("items")[0].GetProperty("id").GetGuid();
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        var workout = await SendAsAsync(client, ann.Token, HttpMethod.Post, "/api/v1/workouts", new
        {
            title = "Legs", startedAt = start, endedAt = start.AddHours(1),
            sets = new[] { new { exerciseId = squatId, reps = 5, weight = 60 }, new { exerciseId = squatId, reps = 5, weight = 80 } },
        });
        var workoutId = (await workout.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        (await SendAsAsync(client, ann.Token, HttpMethod.Post, $"/api/v1/workouts/{workoutId}/sets", new { exerciseId = squatId, reps = 3, weight = 90 }))
            .EnsureSuccessStatusCode();

        var text = await ScrapeUntilAsync(client, "platform_workouts_sets_total");

        Assert.Matches(@"platform_projects_created_total(\{[^}]*\})? 1\n", text);
        Assert.Matches(@"platform_projects_archived_total(\{[^}]*\})? 1\n", text);
        foreach (var change in new[] { "added", "role_changed", "removed" })
        {
            Assert.Matches($@"platform_projects_member_changes_total\{{[^}}]*change=""{change}""[^}}]*\}} 1\n", text);
        }

        Assert.Matches(@"platform_workouts_logged_total(\{[^}]*\})? 1\n", text);
        Assert.Matches(@"platform_workouts_sets_total(\{[^}]*\})? 3\n", text);
        Assert.DoesNotMatch(@"(?m)^platform_[a-z_]+\{[^}]*(""[0-9a-f]{8}-[0-9a-f]{4}|@)", text);
    }

    private static Task<HttpResponseMessage> PostAsAsync(HttpClient client, string token, string path, object body) =>
        SendAsAsync(client, token, HttpMethod.Post, path, body);

    private static Task<HttpResponseMessage> SendAsAsync(HttpClient client, string token, HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        return client.SendAsync(request);
    }

    private static async Task<(Guid Id, string Token)> SignUpAsync(HttpClient client, string email)
    {
        var registered = await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password, displayName = "Someone" });
        var id = (await registered.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var tokens = await ReadTokensAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }));
        return (id, tokens.AccessToken);
    }

    private static async Task<Quartz.IScheduler> RunningSchedulerAsync(WebApplicationFactory<Program> host)
    {
        var repository = host.Services.GetRequiredService<Quartz.Extensibility.ISchedulerRepository>();
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if (repository.LookupByName("platform").FirstOrDefault(scheduler => scheduler.Status == Quartz.SchedulerStatus.Running) is { } running)
            {
                return running;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The host's job engine did not start within 40 s.");
    }

    /// <summary>The exporter caches a scrape briefly, and the gauge's first count may still run; polls until the metric shows up.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, string metric)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 50 && !text.Contains(metric, StringComparison.Ordinal); attempt++)
        {
            text = await client.GetStringAsync("/metrics");
            await Task.Delay(100);
        }

        return text;
    }
}

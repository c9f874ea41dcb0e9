using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Reports;

namespace Platform.Api.IntegrationTests.Reports;

public sealed class ReportsTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string Reports = "/api/v1/reports";

    [Fact]
    public async Task The_catalogue_lists_every_report_for_administrators_and_the_project_and_own_ones_for_others()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();

        var forAdmin = await ReadAsync(Reports, admin.Token);
        var forAnn = await ReadAsync(Reports, ann.Token);

        Assert.Equal(11, forAdmin.GetArrayLength());
        Assert.Equal(["project-members", "project-joins", "my-workouts"], forAnn.EnumerateArray().Select(report => report.GetProperty("key").GetString()));
        var members = forAnn.EnumerateArray().First();
        Assert.True(members.GetProperty("requiresProject").GetBoolean());
        Assert.Equal(["bucket", "role", "members"], members.GetProperty("columns").EnumerateArray().Select(column => column.GetProperty("name").GetString()));
    }

    /// <summary>
    /// Berlin left summer time on 2026-10-25 at 03:00 local: that day had 25 hours, 2026-10-24T22:00Z to 2026-10-25T23:00Z.
    /// A fixed offset (or UTC days) would put these sign-ups into other buckets.
    /// </summary>
    [Fact]
    public async Task Sign_ups_fall_into_the_local_days_of_the_time_zone_across_a_dst_change_and_empty_days_answer_zero()
    {
        var admin = await SignInAdminAsync();
        foreach (var (email, createdAt) in new[]
                 {
                     ("a@example.com", "2026-10-24T21:30:00Z"), // 23:30 CEST on the 24th
                     ("b@example.com", "2026-10-24T22:30:00Z"), // 00:30 CEST on the 25th
                     ("c@example.com", "2026-10-25T22:30:00Z"), // 23:30 CET, still the 25th
                     ("d@example.com", "2026-10-25T23:30:00Z"), // 00:30 CET on the 26th
                 })
        {
            (await RegisterAsync(email)).EnsureSuccessStatusCode();
            await SqlAsync($"UPDATE users SET created_at = '{createdAt}' WHERE email = '{email}'");
        }

        var berlin = await ReadAsync($"{Reports}/sign-ups?from=2026-10-23&to=2026-10-27&granularity=day&timeZone=Europe/Berlin", admin.Token);
        var utc = await ReadAsync($"{Reports}/sign-ups?from=2026-10-23&to=2026-10-27&granularity=day&timeZone=UTC", admin.Token);

        Assert.Equal([("2026-10-23", 0L), ("2026-10-24", 1L), ("2026-10-25", 2L), ("2026-10-26", 1L), ("2026-10-27", 0L)], Rows(berlin));
        Assert.Equal([("2026-10-23", 0L), ("2026-10-24", 2L), ("2026-10-25", 2L), ("2026-10-26", 0L), ("2026-10-27", 0L)], Rows(utc));
        Assert.Equal(("Europe/Berlin", "day"), (berlin.GetProperty("timeZone").GetString(), berlin.GetProperty("granularity").GetString()));
    }

    [Fact]
    public async Task Weeks_start_on_monday_and_months_on_the_first_and_a_partial_bucket_counts_only_the_range()
    {
        var admin = await SignInAdminAsync();
        foreach (var (email, createdAt) in new[] { ("a@example.com", "2026-11-01T12:00:00Z"), ("b@example.com", "2026-11-02T12:00:00Z"), ("c@example.com", "2026-11-30T12:00:00Z") })
        {
            (await RegisterAsync(email)).EnsureSuccessStatusCode();
            await SqlAsync($"UPDATE users SET created_at = '{createdAt}' WHERE email = '{email}'");
        }

        var weeks = await ReadAsync($"{Reports}/sign-ups?from=2026-11-01&to=2026-11-30&granularity=week&timeZone=UTC", admin.Token);
        var months = await ReadAsync($"{Reports}/sign-ups?from=2026-10-15&to=2026-11-30&granularity=month&timeZone=UTC", admin.Token);

        // 2026-11-01 is a Sunday: its week starts on Monday 2026-10-26, and only its Sunday is in the range.
        Assert.Equal([("2026-10-26", 1L), ("2026-11-02", 1L), ("2026-11-09", 0L), ("2026-11-16", 0L), ("2026-11-23", 0L), ("2026-11-30", 1L)], Rows(weeks));
        Assert.Equal([("2026-10-01", 0L), ("2026-11-01", 3L)], Rows(months));
    }

    [Fact]
    public async Task Each_admin_report_counts_its_hand_made_fixture()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = "not the password" });
        var project = await CreateProjectAsync(ann.Token, "GPR");
        await CreateProjectAsync(ann.Token, "OLD");
        await SendAsync(HttpMethod.Post, $"/api/v2/projects/{await ProjectIdAsync("OLD")}/archive", ann.Token);
        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "viewer" })).EnsureSuccessStatusCode();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        // Earlier today (UTC), however early in the day the test runs.
        var now = DateTimeOffset.UtcNow;
        var sinceMidnight = now - new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        await LogWorkoutAsync(ann.Token, squat, now - (sinceMidnight < TimeSpan.FromHours(3) ? sinceMidnight / 2 : TimeSpan.FromHours(3)), sets: 2);
        await LogWorkoutAsync(bob.Token, squat, now - (sinceMidnight < TimeSpan.FromHours(3) ? sinceMidnight / 3 : TimeSpan.FromHours(2)), sets: 3);
        var today = DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Today(string key) => $"{Reports}/{key}?from={today}&to={today}&granularity=day&timeZone=UTC";

        // Each of the three made a signed-in request with the test app; the recorder writes them within a second.
        (await GetAsync("/api/v1/auth/me", admin.Token)).EnsureSuccessStatusCode();
        await WaitForAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM user_activity") == 3);

        Assert.Equal([[today, 3L]], Cells(await ReadAsync(Today("sign-ups"), admin.Token)));
        Assert.Equal([[today, "ios", 3L, 1L]], Cells(await ReadAsync(Today("sign-in-outcomes"), admin.Token)));
        Assert.Equal([[today, "ios", ClientHeaders.AppVersion, 3L]], Cells(await ReadAsync(Today("client-versions"), admin.Token)));
        Assert.Equal([[today, "active", 1L], [today, "archived", 1L]], Cells(await ReadAsync(Today("projects-by-status"), admin.Token)));
        Assert.Equal([[today, 2L, 5L]], Cells(await ReadAsync(Today("workouts-logged"), admin.Token)));
        await WaitForNotificationAsync(bob.Token);
        Assert.Equal([[today, "projects.member-added", 1L, 1L, 0L, 0L]], Cells(await ReadAsync(Today("notification-delivery"), admin.Token)));
    }

    [Fact]
    public async Task A_projects_owner_and_maintainers_see_its_members_by_role_and_joins_and_nobody_else_does()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var cid = await SignInNewUserAsync("cid@example.com");
        var stranger = await SignInNewUserAsync("dan@example.com");
        var project = await CreateProjectAsync(ann.Token, "GPR");
        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "maintainer" })).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = cid.Id, role = "viewer" })).EnsureSuccessStatusCode();
        await SqlAsync($"UPDATE project_members SET joined_at = '2026-11-10T12:00:00Z' WHERE project_id = '{project}' AND user_id = '{cid.Id}'");
        await SqlAsync($"UPDATE project_members SET joined_at = '2026-11-03T12:00:00Z' WHERE project_id = '{project}' AND user_id <> '{cid.Id}'");
        var range = "from=2026-11-02&to=2026-11-15&timeZone=UTC";

        var members = await ReadAsync($"{Reports}/project-members?projectId={project}&{range}", bob.Token);
        var joins = await ReadAsync($"{Reports}/project-joins?projectId={project}&{range}", ann.Token);

        Assert.Equal(
            [["2026-11-02", "owner", 1L], ["2026-11-02", "maintainer", 1L], ["2026-11-02", "member", 0L], ["2026-11-02", "viewer", 0L],
             ["2026-11-09", "owner", 1L], ["2026-11-09", "maintainer", 1L], ["2026-11-09", "member", 0L], ["2026-11-09", "viewer", 1L]],
            Cells(members));
        Assert.Equal([["2026-11-02", 2L], ["2026-11-09", 1L]], Cells(joins));
        await AssertProblemAsync(await GetAsync($"{Reports}/project-members?projectId={project}", cid.Token), HttpStatusCode.Forbidden, "report_project_forbidden");
        await AssertProblemAsync(await GetAsync($"{Reports}/project-members?projectId={project}", stranger.Token), HttpStatusCode.NotFound, "report_project_not_found");
        await AssertProblemAsync(await GetAsync($"{Reports}/project-members?projectId={Guid.NewGuid()}", ann.Token), HttpStatusCode.NotFound, "report_project_not_found");
        await AssertProblemAsync(await GetAsync($"{Reports}/project-members", ann.Token), HttpStatusCode.BadRequest, "report_project_required");
    }

    [Fact]
    public async Task My_workouts_counts_only_the_callers_own_in_their_profile_time_zone()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        (await SendAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { timeZone = "Asia/Tokyo" })).EnsureSuccessStatusCode();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        await LogWorkoutAsync(ann.Token, squat, DateTimeOffset.Parse("2026-11-01T16:00:00Z", CultureInfo.InvariantCulture), sets: 2); // 01:00 on the 2nd in Tokyo
        await LogWorkoutAsync(bob.Token, squat, DateTimeOffset.Parse("2026-11-02T03:00:00Z", CultureInfo.InvariantCulture), sets: 4);

        var mine = await ReadAsync($"{Reports}/my-workouts?from=2026-11-01&to=2026-11-02&granularity=day", ann.Token);

        Assert.Equal("Asia/Tokyo", mine.GetProperty("timeZone").GetString());
        // Two working sets of 5 × 100 kg.
        Assert.Equal([["2026-11-01", 0L, 0L, 0m], ["2026-11-02", 1L, 2L, 1000m]], Cells(mine));
    }

    [Fact]
    public async Task Csv_is_rfc_4180_streamed_with_a_header_and_neutralises_text_that_a_spreadsheet_would_run()
    {
        var admin = await SignInAdminAsync();
        // Stored text the API itself would refuse, as an older client or an import might have left it.
        (await GetAsync("/api/v1/auth/me", admin.Token)).EnsureSuccessStatusCode();
        await WaitForAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM user_activity") == 1);
        await SqlAsync("UPDATE user_activity SET app_version = '=HYPERLINK(\"http://evil\",\"x\")'");
        // The day the request was recorded on, not the test's: a run across midnight UTC must not ask for the next day.
        var today = await ScalarAsync<string>("SELECT to_char(day, 'YYYY-MM-DD') FROM user_activity");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Reports}/client-versions?from={today}&to={today}&granularity=day&timeZone=UTC");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin.Token);
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal(
            $"bucket,appType,appVersion,users\r\n{today},ios,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1\r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("plain", "text", "plain")]
    [InlineData("a,b", "text", "\"a,b\"")]
    [InlineData("say \"hi\"", "text", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "text", "\"two\nlines\"")]
    [InlineData("=1+1", "text", "'=1+1")]
    [InlineData("+49 30", "text", "'+49 30")]
    [InlineData("-2", "text", "'-2")]
    [InlineData("@SUM(A1)", "text", "'@SUM(A1)")]
    [InlineData("\tcmd", "text", "'\tcmd")]
    [InlineData("\rcmd", "text", "\"'\rcmd\"")]
    public void A_text_cell_is_quoted_when_it_must_be_and_neutralised_when_it_could_run(string text, string type, string expected) =>
        Assert.Equal(expected, ReportCsv.Cell(text, type));

    [Fact]
    public void Numbers_and_days_are_written_invariantly_and_a_negative_number_is_not_text() =>
        Assert.Equal(["-3", "1234.5", "2026-11-02", ""],
            [ReportCsv.Cell(-3L, "integer"), ReportCsv.Cell(1234.5m, "decimal"), ReportCsv.Cell(new DateOnly(2026, 11, 2), "date"), ReportCsv.Cell(null, "text")]);

    [Theory]
    [InlineData("sign-ups", "", HttpStatusCode.Forbidden, "report_forbidden")]
    [InlineData("nothing-like-it", "", HttpStatusCode.NotFound, "report_not_found")]
    [InlineData("my-workouts", "?from=2026-01-01&to=2027-06-01&granularity=day", HttpStatusCode.BadRequest, "report_range_too_long")]
    [InlineData("my-workouts", "?from=2026-03-01&to=2026-02-01", HttpStatusCode.BadRequest, "report_range_invalid")]
    [InlineData("my-workouts", "?granularity=hour", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("my-workouts", "?timeZone=Mars/Olympus_Mons", HttpStatusCode.BadRequest, "report_time_zone_unknown")]
    [InlineData("my-workouts", "?from=yesterday", HttpStatusCode.BadRequest, "bad_request")]
    public async Task What_cannot_be_run_is_refused_with_its_code(string key, string query, HttpStatusCode status, string code)
    {
        var ann = await SignInNewUserAsync();

        await AssertProblemAsync(await GetAsync($"{Reports}/{key}{query}", ann.Token), status, code);
    }

    [Theory]
    [InlineData("application/xml", HttpStatusCode.NotAcceptable)]
    [InlineData("text/html, application/pdf", HttpStatusCode.NotAcceptable)]
    [InlineData("text/csv;q=0.5, application/json", HttpStatusCode.OK)]
    [InlineData("*/*", HttpStatusCode.OK)]
    public async Task Only_json_and_csv_are_offered(string accept, HttpStatusCode status)
    {
        var ann = await SignInNewUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Reports}/my-workouts");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ann.Token);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await Client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.NotAcceptable)
        {
            Assert.Equal("not_acceptable", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        }
        else
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task Anonymous_callers_are_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync($"{Reports}/my-workouts")).StatusCode);

    private static List<(string, long)> Rows(JsonElement report) =>
        [.. report.GetProperty("rows").EnumerateArray().Select(row => (row[0].GetString()!, row[1].GetInt64()))];

    private static List<object?[]> Cells(JsonElement report) =>
        [.. report.GetProperty("rows").EnumerateArray().Select(row => row.EnumerateArray().Select(Cell).ToArray())];

    private static object? Cell(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.String => cell.GetString(),
        JsonValueKind.Number when cell.TryGetInt64(out var whole) && !cell.GetRawText().Contains('.') => whole,
        JsonValueKind.Number => cell.GetDecimal(),
        _ => null,
    };

    private async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<Guid> CreateProjectAsync(string token, string key)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", token, new { key, name = key });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> ProjectIdAsync(string key)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT id FROM projects WHERE key = '{key}'", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private async Task<Guid> CatalogueIdAsync(string token, string search) =>
        (await ReadAsync($"/api/v1/exercises?search={Uri.EscapeDataString(search)}", token)).GetProperty("items")[0].GetProperty("id").GetGuid();

    private async Task LogWorkoutAsync(string token, Guid exercise, DateTimeOffset startedAt, int sets)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/v1/workouts", token, new
        {
            // Ended an hour later, or still going on when that is not past yet.
            title = "Legs", startedAt, endedAt = startedAt.AddHours(1) <= DateTimeOffset.UtcNow ? startedAt.AddHours(1) : (DateTimeOffset?)null,
            sets = Enumerable.Range(0, sets).Select(_ => new { exerciseId = exercise, reps = 5, weight = 100 }).ToArray(),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task WaitForNotificationAsync(string token)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await ReadAsync("/api/v1/notifications/unread-count", token)).GetProperty("count").GetInt32() > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The member-added notification did not arrive in 10 s.");
    }
}

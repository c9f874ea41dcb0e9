using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Platform.FakeJira;

namespace Platform.Api.IntegrationTests.Tracker;

/// <summary>The fake Jira behaves like Jira where the tracker depends on it: paging, auth, faults, attachments, validation.</summary>
public sealed class FakeJiraTests : IAsyncLifetime
{
    private static readonly string[] SummaryAndStatus = ["summary", "status"];
    private static readonly string[] QueriesToParse = ["project = PLAT", "colour = red", "created >= \"2026-13-01\"", "status = and"];
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
    private FakeJiraServer _jira = null!;
    private HttpClient _cloud = null!;
    private HttpClient _dataCenter = null!;

    public async Task InitializeAsync()
    {
        _jira = await FakeJiraServer.StartAsync(clock: _clock);
        DemoData.Seed(_jira.Store, issuesPerProject: 0);
        _cloud = Client(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoData.Email}:{DemoData.ApiToken}"))));
        _dataCenter = Client(new AuthenticationHeaderValue("Bearer", DemoData.PersonalAccessToken));
    }

    public async Task DisposeAsync()
    {
        _cloud.Dispose();
        _dataCenter.Dispose();
        await _jira.DisposeAsync();
    }

    [Fact]
    public async Task Cloud_search_pages_by_token_only_in_pages_smaller_than_asked_with_ids_only_unless_fields_are_named()
    {
        AddIssues("PLAT", 237);
        _jira.Faults.MaxPageSize = 40;
        var ids = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await PostAsync("rest/api/3/search/jql", new { jql = "project = PLAT ORDER BY key ASC", maxResults = 100, nextPageToken = token });
            Assert.False(page.TryGetProperty("total", out _));
            Assert.False(page.TryGetProperty("startAt", out _));
            var issues = page.GetProperty("issues").EnumerateArray().ToList();
            Assert.All(issues, issue => Assert.Equal(["id"], issue.EnumerateObject().Select(property => property.Name)));
            ids.AddRange(issues.Select(issue => issue.GetProperty("id").GetString()!));
            token = page.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal((237, 237, 6), (ids.Count, ids.Distinct().Count(), pages));
        var withFields = await PostAsync("rest/api/3/search/jql", new { jql = "project = PLAT", maxResults = 1, fields = SummaryAndStatus });
        Assert.Equal(["status", "summary"], withFields.GetProperty("issues")[0].GetProperty("fields").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        Assert.Equal(237, (await PostAsync("rest/api/3/search/approximate-count", new { jql = "project = PLAT" })).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_token_works_only_with_its_own_query_and_the_removed_search_and_unbounded_queries_are_refused()
    {
        AddIssues("PLAT", 60);
        var first = await PostAsync("rest/api/3/search/jql", new { jql = "project = PLAT", maxResults = 10 });
        var token = first.GetProperty("nextPageToken").GetString();

        var foreign = await _cloud.PostAsJsonAsync("rest/api/3/search/jql", new { jql = "project = OPS", nextPageToken = token });
        var removed = await _cloud.GetAsync(new Uri("rest/api/3/search?jql=project%20%3D%20PLAT", UriKind.Relative));
        var unbounded = await _cloud.PostAsJsonAsync("rest/api/3/search/jql", new { jql = "ORDER BY created" });
        using var wrongToken = Client(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoData.Email}:wrong"))));
        var stranger = await wrongToken.GetAsync(new Uri("rest/api/3/myself", UriKind.Relative));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Gone, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized),
            (foreign.StatusCode, removed.StatusCode, unbounded.StatusCode, stranger.StatusCode));
        Assert.Contains("next page token", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_paging_faults_repeat_a_token_or_send_an_empty_page_that_still_has_one()
    {
        AddIssues("PLAT", 30);
        var first = await PostAsync("rest/api/3/search/jql", new { jql = "project = PLAT", maxResults = 10 });
        var token = first.GetProperty("nextPageToken").GetString();
        _jira.Faults.RepeatTokens(1);
        var repeated = await PostAsync("rest/api/3/search/jql", new { jql = "project = PLAT", maxResults = 10, nextPageToken = token });
        _jira.Faults.EmptyPagesWithToken(1);
        var empty = await PostAsync("rest/api/3/search/jql", new { jql = "project = PLAT", maxResults = 10, nextPageToken = token });

        Assert.Equal(token, repeated.GetProperty("nextPageToken").GetString());
        Assert.Equal((0, false), (empty.GetProperty("issues").GetArrayLength(), empty.GetProperty("isLast").GetBoolean()));
        Assert.True(empty.TryGetProperty("nextPageToken", out _));
    }

    [Fact]
    public async Task Rate_limits_say_when_to_come_back_and_Data_Center_answers_them_in_HTML()
    {
        _jira.Faults.RateLimit(1, retryAfter: "0");
        var cloud = await _cloud.GetAsync(new Uri("rest/api/3/myself", UriKind.Relative));
        _jira.Faults.RateLimit(1, retryAfter: "7");
        var dataCenter = await _dataCenter.GetAsync(new Uri("rest/api/2/myself", UriKind.Relative));
        _jira.Faults.Unavailable(1);
        var unavailable = await _cloud.GetAsync(new Uri("rest/api/3/myself", UriKind.Relative));
        var after = await _cloud.GetAsync(new Uri("rest/api/3/myself", UriKind.Relative));

        Assert.Equal((HttpStatusCode.TooManyRequests, "0"), (cloud.StatusCode, cloud.Headers.GetValues("Retry-After").Single()));
        Assert.Equal((HttpStatusCode.TooManyRequests, "7", "text/html"), (dataCenter.StatusCode, dataCenter.Headers.GetValues("Retry-After").Single(), dataCenter.Content.Headers.ContentType!.MediaType));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (unavailable.StatusCode, after.StatusCode));
        Assert.Equal(4, _jira.Recorder.Requests.Count);
        Assert.Equal(["Basic", "Bearer", "Basic", "Basic"], _jira.Recorder.Requests.Select(request => request.AuthScheme));
    }

    [Fact]
    public async Task Search_lags_behind_writes_while_the_issue_itself_shows_them_at_once()
    {
        AddIssues("PLAT", 1);
        _jira.Store.SearchLag = TimeSpan.FromSeconds(30);
        _jira.Store.Update("PLAT-1", issue => issue with { Status = "Done", StatusCategory = "done" });

        var searched = await PostAsync("rest/api/3/search/approximate-count", new { jql = "project = PLAT AND status = Done" });
        var read = await GetAsync("rest/api/3/issue/PLAT-1?fields=status");
        _clock.Advance(TimeSpan.FromSeconds(31));
        var caughtUp = await PostAsync("rest/api/3/search/approximate-count", new { jql = "project = PLAT AND status = Done" });

        Assert.Equal((0, "Done", 1), (searched.GetProperty("count").GetInt32(), read.GetProperty("fields").GetProperty("status").GetProperty("name").GetString(), caughtUp.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task An_attachment_redirects_with_303_to_bytes_that_honour_Range()
    {
        var bytes = Encoding.UTF8.GetBytes("0123456789");
        AddIssues("PLAT", 1, attachment: new JiraAttachment("77", "digits.txt", "text/plain", bytes, _jira.Store.Users()[0], _clock.GetUtcNow()));
        using var noRedirects = Client(_cloud.DefaultRequestHeaders.Authorization!, followRedirects: false);

        var redirect = await noRedirects.GetAsync(new Uri("rest/api/3/attachment/content/77", UriKind.Relative));
        using var ranged = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location) { Headers = { Range = new RangeHeaderValue(2, 4) } };
        var part = await noRedirects.SendAsync(ranged);
        using var outside = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location) { Headers = { Range = new RangeHeaderValue(50, 60) } };

        Assert.Equal(HttpStatusCode.SeeOther, redirect.StatusCode);
        Assert.Equal((HttpStatusCode.PartialContent, "234"), (part.StatusCode, await part.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, (await noRedirects.SendAsync(outside)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await noRedirects.GetAsync(new Uri("rest/api/3/attachment/content/78", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Strict_parse_names_unknown_fields_and_bad_dates_and_suggestions_carry_HTML()
    {
        AddIssues("PLAT", 3);
        var parsed = await PostAsync("rest/api/3/jql/parse?validation=strict", new { queries = QueriesToParse });
        var suggestions = await GetAsync("rest/api/3/jql/autocompletedata/suggestions?fieldName=status&fieldValue=to");

        var queries = parsed.GetProperty("queries").EnumerateArray().ToList();
        Assert.False(queries[0].TryGetProperty("errors", out _));
        Assert.Contains("Field 'colour' does not exist", queries[1].GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Date value '2026-13-01' is invalid", queries[2].GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("(line 1, character 10)", queries[3].GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("<b>To</b> Do", suggestions.GetProperty("results")[0].GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Data_Center_pages_by_startAt_with_a_total_and_renders_wiki_markup()
    {
        AddIssues("OPS", 12);

        var page = await GetAsync("rest/api/2/search?jql=project%3DOPS&startAt=10&maxResults=5&expand=renderedFields");
        var issue = page.GetProperty("issues")[0];

        Assert.Equal((10, 12, 2), (page.GetProperty("startAt").GetInt32(), page.GetProperty("total").GetInt32(), page.GetProperty("issues").GetArrayLength()));
        Assert.Equal("h2. Steps\n\n*bold* {html}<script>alert(1)</script>{html}", issue.GetProperty("fields").GetProperty("description").GetString());
        Assert.Equal("<h2>Steps</h2><p><b>bold</b></p><script>alert(1)</script>", issue.GetProperty("renderedFields").GetProperty("description").GetString());
    }

    [Fact]
    public async Task OAuth_consents_with_a_single_use_code_rotates_refresh_tokens_and_reaches_the_site_through_its_cloud_id()
    {
        _jira.OAuth.RegisterApp("app-id", "app-secret");
        _jira.OAuth.ConsentingUser = _jira.Store.Users()[0];
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _jira.BaseAddress };
        using var anonymous = new HttpClient { BaseAddress = _jira.BaseAddress };

        var consent = await browser.GetAsync(new Uri("authorize?audience=api.atlassian.com&client_id=app-id&scope=read%3Ajira-work%20offline_access&redirect_uri=https%3A%2F%2Fapp.example%2Fcallback&state=s1&response_type=code&prompt=consent", UriKind.Relative));
        var query = System.Web.HttpUtility.ParseQueryString(consent.Headers.Location!.Query);
        var first = await TokenAsync(anonymous, new { grant_type = "authorization_code", client_id = "app-id", client_secret = "app-secret", code = query["code"], redirect_uri = "https://app.example/callback" });
        var codeAgain = await anonymous.PostAsJsonAsync("oauth/token", new { grant_type = "authorization_code", client_id = "app-id", client_secret = "app-secret", code = query["code"] });
        var second = await TokenAsync(anonymous, new { grant_type = "refresh_token", client_id = "app-id", client_secret = "app-secret", refresh_token = first.GetProperty("refresh_token").GetString() });
        var oldRefresh = await anonymous.PostAsJsonAsync("oauth/token", new { grant_type = "refresh_token", client_id = "app-id", client_secret = "app-secret", refresh_token = first.GetProperty("refresh_token").GetString() });
        using var app = Client(new AuthenticationHeaderValue("Bearer", second.GetProperty("access_token").GetString()));
        var resources = await app.GetFromJsonAsync<JsonElement>(new Uri("oauth/token/accessible-resources", UriKind.Relative));
        var myself = await app.GetFromJsonAsync<JsonElement>(new Uri($"ex/jira/{resources[0].GetProperty("id").GetString()}/rest/api/3/myself", UriKind.Relative));
        var direct = await app.GetAsync(new Uri("rest/api/3/myself", UriKind.Relative));
        _clock.Advance(TimeSpan.FromHours(1));
        var expired = await app.GetAsync(new Uri($"ex/jira/{OAuthServer.CloudId}/rest/api/3/myself", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Found, "s1"), (consent.StatusCode, query["state"]));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (codeAgain.StatusCode, oldRefresh.StatusCode));
        Assert.NotEqual(first.GetProperty("refresh_token").GetString(), second.GetProperty("refresh_token").GetString());
        Assert.Equal(DemoData.Email, myself.GetProperty("emailAddress").GetString());
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (direct.StatusCode, expired.StatusCode));
        Assert.Equal(2, _jira.OAuth.Refreshes);
    }

    private static async Task<JsonElement> TokenAsync(HttpClient client, object grant)
    {
        var response = await client.PostAsJsonAsync("oauth/token", grant);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private void AddIssues(string project, int count, JiraAttachment? attachment = null)
    {
        var user = _jira.Store.Users()[0];
        for (var number = 1; number <= count; number++)
        {
            _jira.Store.Put(new JiraIssue
            {
                Id = _jira.Store.NextId(), Key = $"{project}-{number}", Summary = $"Issue {number}", Reporter = user,
                Created = _clock.GetUtcNow().AddMinutes(-number), Updated = _clock.GetUtcNow().AddMinutes(-number),
                Description = Adf.Doc(Adf.Paragraph(Adf.Text("Steps"))), DescriptionWiki = "h2. Steps\n\n*bold* {html}<script>alert(1)</script>{html}",
                Attachments = attachment is null ? [] : [attachment],
            });
        }
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        var response = await _cloud.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        var client = path.StartsWith("rest/api/2", StringComparison.Ordinal) ? _dataCenter : _cloud;
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private HttpClient Client(AuthenticationHeaderValue authorization, bool followRedirects = true) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = _jira.BaseAddress, DefaultRequestHeaders = { Authorization = authorization } };
}

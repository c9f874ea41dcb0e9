using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Api.IntegrationTests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Platform.Api.IntegrationTests.Contracts;

/// <summary>
/// The published contract of each version, pinned as a snapshot: any change to a path, schema or response shows
/// up in review as a diff of tests/Api.IntegrationTests/Contracts/__snapshots__. Accept a deliberate change by
/// deleting the snapshot file and running the tests again.
/// </summary>
public sealed class OpenApiContractTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private static readonly JsonSerializerOptions SnapshotFormat = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task The_openapi_document_of_each_version_matches_its_snapshot(string version)
    {
        var response = await GetAsync($"/openapi/{version}.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        document.Remove("servers"); // the test server's address, not part of the contract
        Snapshot.Match(document.ToJsonString(SnapshotFormat), SnapshotNameExtension.Create(version));
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Every_operation_has_a_summary_and_a_description_and_every_tag_a_description(string version)
    {
        var document = JsonNode.Parse(await (await GetAsync($"/openapi/{version}.json")).Content.ReadAsStringAsync())!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => (Name: $"{method.Key.ToUpperInvariant()} {path.Key}", Operation: method.Value!)))
            .ToList();
        var tags = document["tags"]!.AsArray().ToDictionary(tag => tag!["name"]!.GetValue<string>(), tag => tag!["description"]?.GetValue<string>());

        Assert.Empty(operations.Where(entry => string.IsNullOrWhiteSpace(entry.Operation["summary"]?.GetValue<string>())
            || string.IsNullOrWhiteSpace(entry.Operation["description"]?.GetValue<string>())).Select(entry => entry.Name));
        Assert.Empty(operations.SelectMany(entry => entry.Operation["tags"]!.AsArray().Select(tag => tag!.GetValue<string>()))
            .Where(tag => string.IsNullOrWhiteSpace(tags.GetValueOrDefault(tag))).Distinct());
        Assert.Equal("Auth", tags.Keys.First());
    }

    [Fact]
    public async Task Each_document_holds_only_its_own_versions_routes()
    {
        var v1 = await PathsOfAsync("v1");
        var v2 = await PathsOfAsync("v2");

        Assert.Equal(
            ["/api/v1/admin/audit", "/api/v1/admin/outbox", "/api/v1/admin/outbox/{id}", "/api/v1/admin/outbox/{id}/retry", "/api/v1/auth/login", "/api/v1/auth/logout", "/api/v1/auth/logout-all", "/api/v1/auth/me",
             "/api/v1/auth/password/change", "/api/v1/auth/password/forgot", "/api/v1/auth/password/reset", "/api/v1/auth/refresh",
             "/api/v1/auth/register", "/api/v1/auth/reset-password", "/api/v1/auth/sessions", "/api/v1/auth/sessions/{id}", "/api/v1/exercises", "/api/v1/exercises/{id}", "/api/v1/exercises/{id}/archive", "/api/v1/exercises/{id}/restore",
             "/api/v1/matches", "/api/v1/matches/{id}", "/api/v1/matches/{id}/accept", "/api/v1/matches/{id}/cancel", "/api/v1/matches/{id}/confirm",
             "/api/v1/matches/{id}/decision", "/api/v1/matches/{id}/decline", "/api/v1/matches/{id}/dispute", "/api/v1/matches/{id}/forfeit", "/api/v1/matches/{id}/history",
             "/api/v1/matches/{id}/reports", "/api/v1/matches/{id}/reschedule", "/api/v1/matches/{id}/result",
             "/api/v1/notifications", "/api/v1/notifications/preferences", "/api/v1/notifications/read-all", "/api/v1/notifications/types",
             "/api/v1/notifications/unread-count", "/api/v1/notifications/unsubscribe", "/api/v1/notifications/{id}", "/api/v1/notifications/{id}/read",
             "/api/v1/notifications/{id}/unread", "/api/v1/players/me", "/api/v1/players/me/applications", "/api/v1/players/{userId}", "/api/v1/playgrounds", "/api/v1/playgrounds/{id}",
             "/api/v1/projects", "/api/v1/projects/{id}",
             "/api/v1/projects/{id}/members", "/api/v1/projects/{id}/members/{userId}", "/api/v1/reports", "/api/v1/reports/exports", "/api/v1/reports/exports/{id}", "/api/v1/reports/exports/{id}/file",
             "/api/v1/reports/{key}", "/api/v1/reports/{key}/exports", "/api/v1/teams", "/api/v1/teams/{id}", "/api/v1/teams/{id}/applications",
             "/api/v1/teams/{id}/applications/{applicationId}", "/api/v1/teams/{id}/applications/{applicationId}/accept",
             "/api/v1/teams/{id}/applications/{applicationId}/reject", "/api/v1/teams/{id}/applications/{applicationId}/withdraw",
             "/api/v1/teams/{id}/captain", "/api/v1/teams/{id}/members", "/api/v1/teams/{id}/members/{userId}", "/api/v1/tournaments",
             "/api/v1/tournaments/{id}", "/api/v1/tournaments/{id}/bracket", "/api/v1/tournaments/{id}/cancel", "/api/v1/tournaments/{id}/entries",
             "/api/v1/tournaments/{id}/entries/{entryId}/accept", "/api/v1/tournaments/{id}/entries/{entryId}/reject",
             "/api/v1/tournaments/{id}/entries/{entryId}/withdraw", "/api/v1/tournaments/{id}/matches", "/api/v1/tournaments/{id}/organisers", "/api/v1/tournaments/{id}/organisers/{userId}",
             "/api/v1/tournaments/{id}/registration", "/api/v1/tournaments/{id}/rounds/next", "/api/v1/tournaments/{id}/seeds",
             "/api/v1/tournaments/{id}/seeds/randomize", "/api/v1/tournaments/{id}/standings", "/api/v1/tournaments/{id}/start", "/api/v1/users",
             "/api/v1/users/me", "/api/v1/users/{id}", "/api/v1/users/{id}/lock", "/api/v1/users/{id}/roles", "/api/v1/users/{id}/unlock",
             "/api/v1/workouts", "/api/v1/workouts/records", "/api/v1/workouts/records/{exerciseId}", "/api/v1/workouts/stats", "/api/v1/workouts/{id}",
             "/api/v1/workouts/{id}/sets", "/api/v1/workouts/{id}/sets/order", "/api/v1/workouts/{id}/sets/{setId}"],
            v1);
        Assert.Equal(
            ["/api/v2/auth/me", "/api/v2/projects", "/api/v2/projects/stats", "/api/v2/projects/{id}", "/api/v2/projects/{id}/archive", "/api/v2/projects/{id}/restore",
             "/api/v2/projects/{id}/transfer-ownership"],
            v2);
    }

    [Fact]
    public async Task The_docs_ui_offers_both_versions()
    {
        var response = await GetAsync("/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // Scalar resolves these relative to the site root: /openapi/v1.json and /openapi/v2.json.
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"openapi/v2.json\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_docs_ui_runs_only_its_own_scripts_under_a_self_only_policy_and_asks_the_vendor_for_nothing()
    {
        var first = await GetAsync("/docs/");
        var second = await GetAsync("/docs/");

        var policy = Assert.Single(first.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("font-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        var nonce = Regex.Match(policy, "script-src 'self' 'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.NotEqual(policy, Assert.Single(second.Headers.GetValues("Content-Security-Policy")));

        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(3, html.Split($"nonce=\"{nonce}\"").Length - 1); // the bundle, the .NET glue and the inline start-up script
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"agent\":{\"disabled\":true}", html, StringComparison.Ordinal);
        Assert.Contains("\"hideClientButton\":true", html, StringComparison.Ordinal);
    }

    private async Task<string[]> PathsOfAsync(string version)
    {
        var document = JsonNode.Parse(await (await GetAsync($"/openapi/{version}.json")).Content.ReadAsStringAsync())!;
        return document["paths"]!.AsObject().Select(path => path.Key).Order(StringComparer.Ordinal).ToArray();
    }
}

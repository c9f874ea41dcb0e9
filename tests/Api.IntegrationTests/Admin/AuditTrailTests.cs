using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Admin;

public sealed class AuditTrailTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Only_administrators_read_the_audit_trail()
    {
        var user = await SignInNewUserAsync();

        var anonymous = await GetAsync("/api/v1/admin/audit");
        var notAdmin = await GetAsync("/api/v1/admin/audit", user.Token);

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(anonymous, HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("forbidden", (await Problem.ReadAsync(notAdmin, HttpStatusCode.Forbidden)).Code);
    }

    [Fact]
    public async Task An_administrator_sees_sign_ins_and_refusals_filtered_and_paged()
    {
        var admin = await SignInAdminAsync("admin@example.com");
        var ann = await SignInNewUserAsync("ann@example.com");
        await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = "not the right one" });
        await SendAsync(HttpMethod.Post, "/api/v1/auth/logout", ann.Token);

        var annsEvents = await ReadAsync($"/api/v1/admin/audit?userId={ann.Id}", admin.Token);
        var firstPage = await ReadAsync("/api/v1/admin/audit?type=login&limit=2", admin.Token);
        var secondPage = await ReadAsync($"/api/v1/admin/audit?type=login&limit=2&cursor={firstPage.GetProperty("nextCursor").GetString()}", admin.Token);

        Assert.Equal(
            [("logout", "success"), ("login", "failure"), ("login", "success")],
            Items(annsEvents).Select(item => (item.GetProperty("type").GetString(), item.GetProperty("outcome").GetString())));
        Assert.Equal("wrong_password", Items(annsEvents)[1].GetProperty("detail").GetString());
        Assert.Equal(ClientHeaders.DeviceId, Items(annsEvents)[2].GetProperty("deviceId").GetString());
        var loginIds = Items(firstPage).Concat(Items(secondPage)).Select(item => item.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(3, loginIds.Distinct().Count()); // the admin's sign-in, and Ann's success and failure
        Assert.Equal(JsonValueKind.Null, secondPage.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Ending_one_session_and_every_session_is_in_the_trail()
    {
        var admin = await SignInAdminAsync("admin@example.com");
        var ann = await SignInNewUserAsync("ann@example.com");
        var other = await SignInForTokensAsync("ann@example.com");
        (await SendAsync(HttpMethod.Delete, $"/api/v1/auth/sessions/{other.SessionId}", ann.Token)).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, "/api/v1/auth/logout-all", ann.Token)).EnsureSuccessStatusCode();

        var trail = await ReadAsync($"/api/v1/admin/audit?userId={ann.Id}", admin.Token);

        var types = Items(trail).Select(item => item.GetProperty("type").GetString()).ToList();
        Assert.Equal(["logout_all", "session_revoked"], types.Take(2));
        Assert.Equal(other.SessionId, Items(trail)[1].GetProperty("sessionId").GetGuid());
    }

    [Theory]
    [InlineData("?type=everything")]
    [InlineData("?cursor=nonsense")]
    [InlineData("?limit=500")]
    [InlineData("?from=2026-11-25T10:00:00Z&to=2026-11-25T09:00:00Z")]
    public async Task Bad_filters_are_a_400(string query)
    {
        var admin = await SignInAdminAsync("admin@example.com");

        var response = await GetAsync($"/api/v1/admin/audit{query}", admin.Token);

        Assert.Equal("validation_failed", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Code);
    }

    private async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();
}

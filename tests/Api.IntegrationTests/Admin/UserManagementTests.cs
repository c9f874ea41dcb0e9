using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Api.IntegrationTests.Admin;

public sealed class UserManagementTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] UserAndAdmin = ["user", "admin"];
    private static readonly string[] UserOnly = ["user"];

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "GET", "/api/v1/users" },
        { "POST", "/api/v1/users" },
        { "GET", "/api/v1/users/{id}" },
        { "PUT", "/api/v1/users/{id}" },
        { "DELETE", "/api/v1/users/{id}" },
        { "POST", "/api/v1/users/{id}/lock" },
        { "POST", "/api/v1/users/{id}/unlock" },
        { "PUT", "/api/v1/users/{id}/roles" },
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Only_administrators_manage_accounts(string method, string path)
    {
        var ann = await SignInNewUserAsync();
        var target = path.Replace("{id}", ann.Id.ToString(), StringComparison.Ordinal);

        var anonymous = await SendAsync(new HttpMethod(method), target);
        var notAdmin = await SendAsync(new HttpMethod(method), target, ann.Token);

        Assert.Equal("unauthenticated", (await Problem.ReadAsync(anonymous, HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("forbidden", (await Problem.ReadAsync(notAdmin, HttpStatusCode.Forbidden)).Code);
    }

    [Fact]
    public async Task An_administrator_creates_an_account_that_can_sign_in()
    {
        var admin = await SignInAdminAsync();

        var created = await SendAsync(HttpMethod.Post, "/api/v1/users", admin.Token,
            new { email = "Bob@Example.com", password = Password, displayName = "Bob", roles = UserAndAdmin, locale = "ru", timeZone = "Europe/Moscow" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/users/{body.GetProperty("id").GetGuid()}", created.Headers.Location!.OriginalString);
        Assert.Equal("bob@example.com", body.GetProperty("email").GetString());
        Assert.Equal(["user", "admin"], body.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(("ru", "Europe/Moscow"), (body.GetProperty("locale").GetString(), body.GetProperty("timeZone").GetString()));
        var fetched = await ReadAsync($"/api/v1/users/{body.GetProperty("id").GetGuid()}", admin.Token);
        Assert.Equal("Bob", fetched.GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "bob@example.com", password = Password })).StatusCode);
    }

    [Theory]
    [InlineData("ann@example.com", "Ann", "user", 409, "email_already_registered")]
    [InlineData("new@example.com", "New", "owner", 400, "validation_failed")]
    [InlineData("not an address", "New", "user", 400, "validation_failed")]
    [InlineData("new@example.com", "", "user", 400, "validation_failed")]
    public async Task Creating_with_a_taken_address_or_bad_fields_is_refused(string email, string displayName, string role, int status, string code)
    {
        var admin = await SignInAdminAsync();
        await SignInNewUserAsync("ann@example.com");

        var created = await SendAsync(HttpMethod.Post, "/api/v1/users", admin.Token, new { email, password = Password, displayName, roles = new[] { role } });

        Assert.Equal(code, (await Problem.ReadAsync(created, (HttpStatusCode)status)).Code);
    }

    [Fact]
    public async Task The_list_searches_filters_and_pages()
    {
        var admin = await SignInAdminAsync();
        (await RegisterAsync("ann@example.com", displayName: "Annabel Lee")).EnsureSuccessStatusCode();
        await SignInNewUserAsync("bob_100%@example.com");
        var carol = await SignInNewUserAsync("carol@example.com");
        (await SendAsync(HttpMethod.Post, $"/api/v1/users/{carol.Id}/lock", admin.Token)).EnsureSuccessStatusCode();

        var all = await ReadAsync("/api/v1/users?pageSize=2&page=2", admin.Token);
        var literal = await ReadAsync("/api/v1/users?search=_100%25", admin.Token);
        var byName = await ReadAsync("/api/v1/users?search=aNNABEL", admin.Token);
        var admins = await ReadAsync("/api/v1/users?role=admin", admin.Token);
        var locked = await ReadAsync("/api/v1/users?locked=true", admin.Token);
        var unlocked = await ReadAsync("/api/v1/users?locked=false", admin.Token);

        Assert.Equal((4, 2, 2), (all.GetProperty("totalCount").GetInt32(), all.GetProperty("page").GetInt32(), Emails(all).Count));
        Assert.Equal(["bob_100%@example.com"], Emails(literal));
        Assert.Equal(["ann@example.com"], Emails(byName));
        Assert.Equal(["admin@example.com"], Emails(admins));
        Assert.Equal(["carol@example.com"], Emails(locked));
        Assert.Equal(["admin@example.com", "ann@example.com", "bob_100%@example.com"], Emails(unlocked));
    }

    [Theory]
    [InlineData("?role=owner")]
    [InlineData("?page=0")]
    [InlineData("?pageSize=101")]
    public async Task Bad_list_parameters_are_a_400(string query)
    {
        var admin = await SignInAdminAsync();

        Assert.Equal("validation_failed", (await Problem.ReadAsync(await GetAsync($"/api/v1/users{query}", admin.Token), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task An_update_replaces_the_fields_and_the_users_own_profile_follows_at_once()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();
        await GetAsync("/api/v1/auth/me", ann.Token); // cached now

        var updated = await SendAsync(HttpMethod.Put, $"/api/v1/users/{ann.Id}", admin.Token,
            new { email = "anna@example.com", displayName = "Anna", locale = "ru", timeZone = "Asia/Tokyo" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var me = await ReadAsync("/api/v1/auth/me", ann.Token);
        Assert.Equal(("anna@example.com", "Anna"), (me.GetProperty("email").GetString(), me.GetProperty("displayName").GetString()));
    }

    [Fact]
    public async Task An_update_to_a_taken_address_is_a_409_and_an_unknown_account_a_404()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();
        var body = new { email = "admin@example.com", displayName = "Ann", locale = "en", timeZone = "UTC" };

        var taken = await SendAsync(HttpMethod.Put, $"/api/v1/users/{ann.Id}", admin.Token, body);
        var unknown = await SendAsync(HttpMethod.Put, $"/api/v1/users/{Guid.CreateVersion7()}", admin.Token, body with { email = "x@example.com" });

        Assert.Equal("email_already_registered", (await Problem.ReadAsync(taken, HttpStatusCode.Conflict)).Code);
        Assert.Equal("user_not_found", (await Problem.ReadAsync(unknown, HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task A_deleted_account_cannot_sign_in_its_sessions_end_and_its_address_is_free_again()
    {
        var admin = await SignInAdminAsync();
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var ann = await SignInForTokensAsync();
        var annId = (await ReadAsync("/api/v1/auth/me", ann.AccessToken)).GetProperty("id").GetGuid();

        var deleted = await SendAsync(HttpMethod.Delete, $"/api/v1/users/{annId}", admin.Token);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(ann.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/auth/me", ann.AccessToken)).StatusCode);
        Assert.Equal("user_not_found", (await Problem.ReadAsync(await GetAsync($"/api/v1/users/{annId}", admin.Token), HttpStatusCode.NotFound)).Code);
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync()).StatusCode);
        var rows = await InDatabaseAsync(context => context.Users.IgnoreQueryFilters().Where(user => user.Email == Email.Create("ann@example.com").Value).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Single(rows, user => user.DeletedAt is not null);
    }

    [Fact]
    public async Task Administrators_cannot_delete_lock_or_demote_themselves()
    {
        var admin = await SignInAdminAsync();

        var delete = await SendAsync(HttpMethod.Delete, $"/api/v1/users/{admin.Id}", admin.Token);
        var lockSelf = await SendAsync(HttpMethod.Post, $"/api/v1/users/{admin.Id}/lock", admin.Token);
        var demote = await SendAsync(HttpMethod.Put, $"/api/v1/users/{admin.Id}/roles", admin.Token, new { roles = UserOnly });

        Assert.All([delete, lockSelf, demote], response => Assert.Equal(HttpStatusCode.Conflict, response.StatusCode));
        Assert.Equal("cannot_manage_self", (await Problem.ReadAsync(demote, HttpStatusCode.Conflict)).Code);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/users", admin.Token)).StatusCode);
    }

    [Fact]
    public async Task A_lock_ends_the_sessions_and_refuses_sign_in_until_unlocked()
    {
        var admin = await SignInAdminAsync();
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var ann = await SignInForTokensAsync();
        var annId = (await ReadAsync("/api/v1/auth/me", ann.AccessToken)).GetProperty("id").GetGuid();

        var locked = await SendAsync(HttpMethod.Post, $"/api/v1/users/{annId}/lock", admin.Token, new { until = DateTimeOffset.UtcNow.AddDays(1) });
        var whileLocked = await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });
        var unlocked = await SendAsync(HttpMethod.Post, $"/api/v1/users/{annId}/unlock", admin.Token);
        var afterUnlock = await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lockedUntil").ValueKind);
        Assert.Equal("session_revoked", (await Problem.ReadAsync(await RefreshAsync(ann.RefreshToken), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("invalid_credentials", (await Problem.ReadAsync(whileLocked, HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(JsonValueKind.Null, (await unlocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lockedUntil").ValueKind);
        Assert.Equal(HttpStatusCode.OK, afterUnlock.StatusCode);
    }

    [Fact]
    public async Task A_lock_ending_in_the_past_is_a_400()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync();

        var response = await SendAsync(HttpMethod.Post, $"/api/v1/users/{ann.Id}/lock", admin.Token, new { until = DateTimeOffset.UtcNow.AddMinutes(-1) });

        Assert.Contains("until", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task A_granted_role_reaches_the_token_at_the_next_refresh_and_a_removed_one_ends_the_sessions()
    {
        var admin = await SignInAdminAsync();
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var ann = await SignInForTokensAsync();
        var annId = (await ReadAsync("/api/v1/auth/me", ann.AccessToken)).GetProperty("id").GetGuid();

        (await SendAsync(HttpMethod.Put, $"/api/v1/users/{annId}/roles", admin.Token, new { roles = UserAndAdmin })).EnsureSuccessStatusCode();
        var promoted = await ReadTokensAsync(await RefreshAsync(ann.RefreshToken));
        var asAdmin = await GetAsync("/api/v1/users", promoted.AccessToken);
        (await SendAsync(HttpMethod.Put, $"/api/v1/users/{annId}/roles", admin.Token, new { roles = UserOnly })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Equal("session_revoked", (await Problem.ReadAsync(await RefreshAsync(promoted.RefreshToken), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/users", promoted.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task Every_admin_action_is_in_the_audit_trail_with_the_administrator_as_actor()
    {
        var admin = await SignInAdminAsync();
        var created = await SendAsync(HttpMethod.Post, "/api/v1/users", admin.Token, new { email = "bob@example.com", password = Password, displayName = "Bob" });
        var bob = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await SendAsync(HttpMethod.Put, $"/api/v1/users/{bob}", admin.Token, new { email = "bob@example.com", displayName = "Robert", locale = "en", timeZone = "UTC" });
        await SendAsync(HttpMethod.Put, $"/api/v1/users/{bob}/roles", admin.Token, new { roles = UserAndAdmin });
        await SendAsync(HttpMethod.Post, $"/api/v1/users/{bob}/lock", admin.Token);
        await SendAsync(HttpMethod.Post, $"/api/v1/users/{bob}/unlock", admin.Token);
        await SendAsync(HttpMethod.Delete, $"/api/v1/users/{bob}", admin.Token);

        var events = await InDatabaseAsync(context => context.Set<AuditEvent>().Where(entry => entry.UserId == bob).OrderBy(entry => entry.Id).ToListAsync());

        Assert.Equal(
            [AuditEventType.UserCreated, AuditEventType.UserUpdated, AuditEventType.RolesChanged, AuditEventType.UserLocked, AuditEventType.UserUnlocked, AuditEventType.UserDeleted],
            events.Select(entry => entry.Type));
        Assert.All(events, entry => Assert.Equal(admin.Id, entry.ActorId));
        Assert.Equal("user,admin", events[2].Detail);
        Assert.Equal("indefinitely", events[3].Detail);
    }

    [Fact]
    public async Task Refused_admin_actions_are_in_the_audit_trail_with_the_reason_and_the_administrators_device()
    {
        var admin = await SignInAdminAsync();
        var nobody = Guid.CreateVersion7();

        await SendAsync(HttpMethod.Post, $"/api/v1/users/{admin.Id}/lock", admin.Token);
        await SendAsync(HttpMethod.Delete, $"/api/v1/users/{nobody}", admin.Token);
        await SendAsync(HttpMethod.Post, "/api/v1/users", admin.Token, new { email = "not-an-address", password = Password, displayName = "Bob" });

        var refusals = await InDatabaseAsync(context => context.Set<AuditEvent>()
            .Where(entry => entry.ActorId == admin.Id && entry.Outcome == AuditOutcome.Failure).OrderBy(entry => entry.Id).ToListAsync());

        Assert.Equal(
            [(AuditEventType.UserLocked, admin.Id, "cannot_manage_self"), (AuditEventType.UserDeleted, nobody, "user_not_found"), (AuditEventType.UserCreated, (Guid?)null, "validation_failed")],
            refusals.Select(entry => (entry.Type, entry.UserId, entry.Detail)));
        Assert.Equal("not-an-address", refusals[2].Email);
        Assert.All(refusals, entry => Assert.Equal((ClientHeaders.DeviceId, true), (entry.DeviceId, entry.SessionId is not null)));
    }

    private async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Emails(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("email").GetString()!).ToList();
}

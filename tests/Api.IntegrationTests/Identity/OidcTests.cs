using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Audit;
using Platform.Domain.Identity;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class OidcTests(PlatformApiFactory factory) : ApiTest(factory), IAsyncLifetime
{
    private FakeOidcIssuer _issuer = null!;
    private WebApplicationFactory<Program> _api = null!;
    private HttpClient _client = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _issuer = await FakeOidcIssuer.StartAsync();
        _api = Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Oidc:Authority", _issuer.Authority);
            builder.UseSetting("Oidc:Audience", FakeOidcIssuer.Audience);
            builder.UseSetting("Oidc:RequireHttpsMetadata", "false");
        });
        _client = _api.CreateClient().AsTestApp();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        _client.Dispose();
        await _api.DisposeAsync();
        await _issuer.DisposeAsync();
        await DisposeAsync();
    }

    [Fact]
    public async Task The_first_call_with_a_provider_token_creates_the_local_account_and_later_calls_act_as_it()
    {
        var token = _issuer.IssueToken("kc-user-1", "Zoe@Example.com", name: "Zoe Provider");

        var first = await MeAsync(token);
        var second = await MeAsync(_issuer.IssueToken("kc-user-1", "zoe@example.com"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var me = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("zoe@example.com", "Zoe Provider"), (me.GetProperty("email").GetString(), me.GetProperty("displayName").GetString()));
        Assert.Equal(me.GetProperty("id").GetGuid(), (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        var logins = await InDatabaseAsync(context => context.Set<ExternalLogin>().ToListAsync());
        Assert.Equal((_issuer.Authority, "kc-user-1"), (Assert.Single(logins).Issuer, logins[0].Subject));
        Assert.Single(await InDatabaseAsync(context => context.Set<AuditEvent>().Where(entry => entry.Type == AuditEventType.ExternalLoginLinked).ToListAsync()));
    }

    [Fact]
    public async Task A_provider_identity_with_the_verified_address_of_a_local_account_is_linked_to_it()
    {
        var ann = await SignInNewUserAsync("ann@example.com");

        var me = await MeAsync(_issuer.IssueToken("kc-ann", "ann@example.com"));

        Assert.Equal(ann.Id, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Single(await InDatabaseAsync(context => context.Users.ToListAsync()));
    }

    [Fact]
    public async Task An_unverified_address_neither_links_nor_creates_an_account()
    {
        await SignInNewUserAsync("ann@example.com");

        var unverified = await MeAsync(_issuer.IssueToken("kc-mallory", "ann@example.com", emailVerified: false));
        var noAddress = await MeAsync(_issuer.IssueToken("kc-anonymous"));

        Assert.Equal("external_email_unverified", (await Problem.ReadAsync(unverified, HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("external_email_unverified", (await Problem.ReadAsync(noAddress, HttpStatusCode.Unauthorized)).Code);
        Assert.Empty(await InDatabaseAsync(context => context.Set<ExternalLogin>().ToListAsync()));
    }

    [Fact]
    public async Task Tokens_signed_by_another_key_or_for_another_audience_are_refused()
    {
        var forged = await MeAsync(_issuer.IssueToken("kc-user-1", "zoe@example.com", signedByStranger: true));
        var otherAudience = await MeAsync(_issuer.IssueToken("kc-user-1", "zoe@example.com", audience: "someone-else"));

        Assert.Equal("token_invalid", (await Problem.ReadAsync(forged, HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("token_invalid", (await Problem.ReadAsync(otherAudience, HttpStatusCode.Unauthorized)).Code);
        Assert.Empty(await InDatabaseAsync(context => context.Users.ToListAsync()));
    }

    [Fact]
    public async Task The_apis_own_tokens_keep_working_next_to_the_provider()
    {
        (await _client.PostAsJsonAsync("/api/v1/auth/register", new { email = "ann@example.com", password = Password, displayName = "Ann" })).EnsureSuccessStatusCode();
        var login = await _client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await MeAsync(token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Provider_tokens_carry_the_local_roles_and_lose_access_when_the_account_is_locked()
    {
        var admin = await SignInAdminAsync("boss@example.com");
        var token = _issuer.IssueToken("kc-boss", "boss@example.com");

        var asAdmin = await SendAsync(HttpMethod.Get, "/api/v1/users", token);
        var zoe = _issuer.IssueToken("kc-zoe", "zoe@example.com");
        var zoeId = (await (await MeAsync(zoe)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await SendAsync(HttpMethod.Post, $"/api/v1/users/{zoeId}/lock", admin.Token)).EnsureSuccessStatusCode();
        var locked = await MeAsync(zoe);

        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Equal("account_disabled", (await Problem.ReadAsync(locked, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task Provider_callers_have_no_device_session_to_list_or_end()
    {
        var token = _issuer.IssueToken("kc-user-1", "zoe@example.com");

        var sessions = await SendAsync(HttpMethod.Get, "/api/v1/auth/sessions", token);
        var logout = await SendAsync(HttpMethod.Post, "/api/v1/auth/logout", token);

        Assert.Equal("forbidden", (await Problem.ReadAsync(sessions, HttpStatusCode.Forbidden)).Code);
        Assert.Equal("forbidden", (await Problem.ReadAsync(logout, HttpStatusCode.Forbidden)).Code);
    }

    [Theory]
    [InlineData("a.b.c")]
    [InlineData("not-a-jwt")]
    public async Task A_malformed_bearer_token_is_a_401_not_an_error(string token)
    {
        var response = await MeAsync(token);

        Assert.Equal("token_invalid", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_provider_token_opens_the_notifications_hub_too()
    {
        var token = _issuer.IssueToken("kc-user-1", "zoe@example.com");
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", token, new { key = "ZOE", name = "Zoe's" });
        var project = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var inbox = await HubInbox.ConnectAsync(_api, token);

        (await SendAsync(HttpMethod.Post, $"/api/v2/projects/{project}/archive", token)).EnsureSuccessStatusCode();

        Assert.Equal(["projectArchived"], await inbox.NamesAsync(1));
    }

    private Task<HttpResponseMessage> MeAsync(string token) => SendAsync(HttpMethod.Get, "/api/v1/auth/me", token);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token = null, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return _client.SendAsync(request);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Identity;
using Platform.Domain.Identity;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class SessionTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("X-App-Type")]
    [InlineData("X-App-Version")]
    [InlineData("X-Device-ID")]
    public async Task Signing_in_without_a_client_header_is_a_400_naming_it(string header)
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        using var client = Factory.CreateClient().AsTestApp();
        client.DefaultRequestHeaders.Remove(header);

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("client_header_missing", problem.Code);
        Assert.Equal(header, problem.Body.GetProperty("header").GetString());
    }

    [Theory]
    [InlineData("X-App-Type", "fridge")]
    [InlineData("X-App-Version", "2.x")]
    [InlineData("X-App-Version", "123456789.123456789.123456789.123456789")]
    [InlineData("X-Device-ID", "has spaces")]
    public async Task A_malformed_client_header_is_a_400_naming_it(string header, string value)
    {
        using var client = Factory.CreateClient().AsTestApp();
        client.DefaultRequestHeaders.Remove(header);
        client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("client_header_invalid", problem.Code);
        Assert.Equal(header, problem.Body.GetProperty("header").GetString());
    }

    [Fact]
    public async Task An_app_older_than_the_configured_minimum_is_told_to_upgrade_with_426()
    {
        using var strict = Factory.WithWebHostBuilder(builder => builder.UseSetting("Clients:MinimumVersions:ios", "3.0"));
        using var client = strict.CreateClient().AsTestApp();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });

        var problem = await Problem.ReadAsync(response, (HttpStatusCode)426);
        Assert.Equal("app_version_unsupported", problem.Code);
        Assert.Equal("3.0", problem.Body.GetProperty("minimumVersion").GetString());
    }

    [Fact]
    public async Task A_refresh_answers_a_new_pair_whose_access_token_works()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var login = await SignInForTokensAsync();

        var refreshed = await RefreshAsync(login.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var pair = await ReadTokensAsync(refreshed);
        Assert.Equal(login.SessionId, pair.SessionId);
        Assert.NotEqual(login.RefreshToken, pair.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/auth/me", pair.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task A_reused_refresh_token_ends_the_session_and_its_access_tokens_stop_working()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var login = await SignInForTokensAsync();
        var pair = await ReadTokensAsync(await RefreshAsync(login.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/auth/me", pair.AccessToken)).StatusCode);

        using var thief = Factory.CreateClient().AsTestApp("thief-device");
        var reused = await thief.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.RefreshToken });

        Assert.Equal("refresh_token_reused", (await Problem.ReadAsync(reused, HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("session_revoked", (await Problem.ReadAsync(await GetAsync("/api/v1/auth/me", pair.AccessToken), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("session_revoked", (await Problem.ReadAsync(await RefreshAsync(pair.RefreshToken), HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task Of_concurrent_refreshes_with_one_token_exactly_one_wins_and_the_session_lives_on()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var login = await SignInForTokensAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RefreshAsync(login.RefreshToken)));

        var winner = Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        foreach (var loser in responses.Where(response => response != winner))
        {
            Assert.Equal("refresh_token_superseded", (await Problem.ReadAsync(loser, HttpStatusCode.Unauthorized)).Code);
        }

        var pair = await ReadTokensAsync(winner);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/auth/me", pair.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(pair.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_refresh_token_or_another_devices_unused_one_is_refused_and_changes_nothing()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var login = await SignInForTokensAsync();
        using var otherDevice = Factory.CreateClient().AsTestApp("other-device");

        var unknown = await RefreshAsync("bm90LWEtcmVhbC1yZWZyZXNoLXRva2Vu");
        var stolen = await otherDevice.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.RefreshToken });

        Assert.Equal("refresh_token_invalid", (await Problem.ReadAsync(unknown, HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("refresh_token_invalid", (await Problem.ReadAsync(stolen, HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(login.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task A_refresh_that_fails_after_using_up_its_token_leaves_the_token_usable()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var login = await SignInForTokensAsync();
        using var failing = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<IRefreshTokenRepository>(provider =>
                new RefreshTokenRepositoryThatCannotAdd(new RefreshTokenRepository(provider.GetRequiredService<PlatformDbContext>())))));
        using var failingClient = failing.CreateClient().AsTestApp();

        var failed = await failingClient.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.RefreshToken });

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var retried = await RefreshAsync(login.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task Logout_ends_this_session_at_once_and_leaves_the_others()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var phone = await SignInForTokensAsync();
        var laptop = await SignInForTokensAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/auth/me", phone.AccessToken)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Post, "/api/v1/auth/logout", phone.AccessToken)).StatusCode);

        Assert.Equal("session_revoked", (await Problem.ReadAsync(await GetAsync("/api/v1/auth/me", phone.AccessToken), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("session_revoked", (await Problem.ReadAsync(await RefreshAsync(phone.RefreshToken), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/auth/me", laptop.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task Logout_everywhere_ends_every_session_at_once()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var phone = await SignInForTokensAsync();
        var laptop = await SignInForTokensAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/auth/me", laptop.AccessToken)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Post, "/api/v1/auth/logout-all", phone.AccessToken)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/auth/me", phone.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/auth/me", laptop.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task The_sessions_list_shows_each_device_and_one_can_be_ended()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var phone = await SignInForTokensAsync();
        var laptop = await SignInForTokensAsync();

        var listed = await (await GetAsync("/api/v1/auth/sessions", phone.AccessToken)).Content.ReadFromJsonAsync<JsonElement>();
        var ended = await SendAsync(HttpMethod.Delete, $"/api/v1/auth/sessions/{laptop.SessionId}", phone.AccessToken);
        var unknown = await SendAsync(HttpMethod.Delete, $"/api/v1/auth/sessions/{Guid.CreateVersion7()}", phone.AccessToken);

        var sessions = listed.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(2, sessions.Count);
        var current = Assert.Single(sessions, session => session.GetProperty("isCurrent").GetBoolean());
        Assert.Equal(phone.SessionId, current.GetProperty("id").GetGuid());
        Assert.Equal(("ios", "2.4.1", ClientHeaders.DeviceId), (current.GetProperty("appType").GetString(), current.GetProperty("appVersion").GetString(), current.GetProperty("deviceId").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal("session_revoked", (await Problem.ReadAsync(await GetAsync("/api/v1/auth/me", laptop.AccessToken), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("session_not_found", (await Problem.ReadAsync(unknown, HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task A_refresh_without_a_token_is_a_validation_error()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "" });

        Assert.Contains("refreshToken", (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.Keys);
    }

    /// <summary>Uses the token up like the real one, then fails to store its successor (a crash between the two writes).</summary>
    private sealed class RefreshTokenRepositoryThatCannotAdd(IRefreshTokenRepository inner) : IRefreshTokenRepository
    {
        public Task<RefreshToken?> FindByHashAsync(byte[] tokenHash, CancellationToken cancellationToken) => inner.FindByHashAsync(tokenHash, cancellationToken);

        public void Add(RefreshToken token) => throw new InvalidOperationException("The new refresh token could not be stored.");

        public Task<bool> TryMarkUsedAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken) => inner.TryMarkUsedAsync(tokenId, now, cancellationToken);

        public Task<int> PurgeExpiredAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) => inner.PurgeExpiredAsync(expiredBefore, cancellationToken);
    }
}

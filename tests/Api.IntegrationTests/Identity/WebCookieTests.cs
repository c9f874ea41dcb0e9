using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Identity;

/// <summary>A browser app: tokens in HttpOnly cookies, CSRF token echoed in a header. Cookies are carried by hand, as the test server speaks plain HTTP.</summary>
public sealed class WebCookieTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private const string AccessCookie = "__Host-platform-access";
    private const string RefreshCookie = "__Secure-platform-refresh";
    private const string CsrfCookie = "__Host-platform-csrf";

    /// <summary>A browser app's client: "web" headers, and cookies only as each test sends them.</summary>
    private readonly HttpClient _web = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).AsTestApp(appType: "web");

    public override async Task DisposeAsync()
    {
        _web.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_web_login_sets_secure_http_only_strict_cookies_and_answers_no_tokens_in_the_body()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();

        var login = await WebLoginAsync();

        var body = await login.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cookie", body.GetProperty("tokenType").GetString());
        Assert.False(body.TryGetProperty("accessToken", out _));
        Assert.False(body.TryGetProperty("refreshToken", out _));
        var cookies = SetCookies(login);
        Assert.All(cookies.Values, cookie => Assert.True(cookie.Secure && cookie.SameSite == SameSiteMode.Strict));
        Assert.True(cookies[AccessCookie].HttpOnly && cookies[RefreshCookie].HttpOnly);
        Assert.False(cookies[CsrfCookie].HttpOnly);
        Assert.Equal(("/", "/api/v1/auth"), (cookies[AccessCookie].Path.ToString(), cookies[RefreshCookie].Path.ToString()));
        Assert.Equal(body.GetProperty("csrfToken").GetString(), cookies[CsrfCookie].Value.ToString());
    }

    [Fact]
    public async Task The_access_cookie_authenticates_reads_and_with_the_csrf_header_changes()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var jar = Jar(await WebLoginAsync());

        var me = await SendWithCookiesAsync(HttpMethod.Get, "/api/v1/auth/me", jar);
        var withoutCsrf = await SendWithCookiesAsync(HttpMethod.Patch, "/api/v1/users/me", jar, new { displayName = "Anna" });
        var wrongCsrf = await SendWithCookiesAsync(HttpMethod.Patch, "/api/v1/users/me", jar, new { displayName = "Anna" }, csrf: "guessed");
        var withCsrf = await SendWithCookiesAsync(HttpMethod.Patch, "/api/v1/users/me", jar, new { displayName = "Anna" }, csrf: jar[CsrfCookie]);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("csrf_token_invalid", (await Problem.ReadAsync(withoutCsrf, HttpStatusCode.Forbidden)).Code);
        Assert.Equal("csrf_token_invalid", (await Problem.ReadAsync(wrongCsrf, HttpStatusCode.Forbidden)).Code);
        Assert.Equal(HttpStatusCode.OK, withCsrf.StatusCode);
    }

    [Fact]
    public async Task A_web_refresh_reads_the_refresh_cookie_needs_the_csrf_header_and_rotates_the_cookies()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var jar = Jar(await WebLoginAsync());

        var withoutCsrf = await SendWithCookiesAsync(HttpMethod.Post, "/api/v1/auth/refresh", jar);
        var refreshed = await SendWithCookiesAsync(HttpMethod.Post, "/api/v1/auth/refresh", jar, csrf: jar[CsrfCookie]);

        Assert.Equal("csrf_token_invalid", (await Problem.ReadAsync(withoutCsrf, HttpStatusCode.Forbidden)).Code);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var next = Jar(refreshed);
        Assert.NotEqual(jar[RefreshCookie], next[RefreshCookie]);
        Assert.Equal(HttpStatusCode.OK, (await SendWithCookiesAsync(HttpMethod.Get, "/api/v1/auth/me", next)).StatusCode);
        var replay = await SendWithCookiesAsync(HttpMethod.Post, "/api/v1/auth/refresh", jar, csrf: jar[CsrfCookie]);
        // The old cookie is used up (from the same device at once this reads as a lost race, not a theft).
        Assert.Equal("refresh_token_superseded", (await Problem.ReadAsync(replay, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task A_web_logout_clears_the_cookies_and_ends_the_session()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var jar = Jar(await WebLoginAsync());

        var logout = await SendWithCookiesAsync(HttpMethod.Post, "/api/v1/auth/logout", jar, csrf: jar[CsrfCookie]);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        var cleared = SetCookies(logout);
        Assert.All([AccessCookie, RefreshCookie, CsrfCookie], name => Assert.True(cleared[name].Expires < DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendWithCookiesAsync(HttpMethod.Get, "/api/v1/auth/me", jar)).StatusCode);
    }

    [Fact]
    public async Task A_bearer_header_wins_over_a_cookie_and_needs_no_csrf_token()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var jar = Jar(await WebLoginAsync());
        var bearer = await LoginAsync();

        var request = CookieRequest(HttpMethod.Patch, "/api/v1/users/me", jar, new { displayName = "Anna" });
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        var response = await _web.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Other_app_types_get_the_tokens_in_the_body_and_no_cookies()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();

        var login = await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });

        Assert.False(login.Headers.Contains(HeaderNames.SetCookie));
        Assert.False(string.IsNullOrEmpty((await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()));
    }

    private async Task<HttpResponseMessage> WebLoginAsync()
    {
        var response = await _web.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private Task<HttpResponseMessage> SendWithCookiesAsync(
        HttpMethod method, string path, Dictionary<string, string> jar, object? body = null, string? csrf = null)
    {
        var request = CookieRequest(method, path, jar, body);
        if (csrf is not null)
        {
            request.Headers.Add("X-CSRF-Token", csrf);
        }

        return _web.SendAsync(request);
    }

    private static HttpRequestMessage CookieRequest(HttpMethod method, string path, Dictionary<string, string> jar, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(HeaderNames.Cookie, string.Join("; ", jar.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        return request;
    }

    private static Dictionary<string, SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        SetCookieHeaderValue.ParseList(response.Headers.GetValues(HeaderNames.SetCookie).ToList())
            .ToDictionary(cookie => cookie.Name.ToString(), cookie => cookie);

    private static Dictionary<string, string> Jar(HttpResponseMessage response) =>
        SetCookies(response).ToDictionary(pair => pair.Key, pair => pair.Value.Value.ToString());
}

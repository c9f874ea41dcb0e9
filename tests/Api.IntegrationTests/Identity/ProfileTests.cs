using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class ProfileTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_profile_change_shows_at_once_in_me()
    {
        var ann = await SignInNewUserAsync();
        (await GetAsync("/api/v1/auth/me", ann.Token)).EnsureSuccessStatusCode();

        var changed = await SendAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { displayName = "Ann Lee", timeZone = "Europe/Moscow", locale = "ru" });
        var me = await (await GetAsync("/api/v1/auth/me", ann.Token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var profile = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Ann Lee", "ru", "Europe/Moscow"), (profile.GetProperty("displayName").GetString(), profile.GetProperty("locale").GetString(), profile.GetProperty("timeZone").GetString()));
        Assert.Equal("Ann Lee", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task An_unknown_time_zone_is_a_400_naming_the_field_and_anonymous_callers_get_401()
    {
        var ann = await SignInNewUserAsync();

        var invalid = await SendAsync(HttpMethod.Patch, "/api/v1/users/me", ann.Token, new { timeZone = "Mars/Olympus_Mons" });
        var anonymous = await SendAsync(HttpMethod.Patch, "/api/v1/users/me", body: new { locale = "ru" });

        Assert.Contains("timeZone", (await Problem.ReadAsync(invalid, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal("unauthenticated", (await Problem.ReadAsync(anonymous, HttpStatusCode.Unauthorized)).Code);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class LoginTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_right_credentials_give_a_signed_15_minute_bearer_token_for_the_user()
    {
        var registered = await (await RegisterAsync()).Content.ReadFromJsonAsync<JsonElement>();

        var response = await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ANN@example.com", password = Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.InRange(body.GetProperty("expiresIn").GetInt32(), 895, 900);
        var token = new JsonWebToken(body.GetProperty("accessToken").GetString());
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(registered.GetProperty("id").GetString(), token.Subject);
        Assert.Equal(TimeSpan.FromMinutes(15), token.ValidTo - token.IssuedAt);
        Assert.Equal(body.GetProperty("expiresAt").GetDateTimeOffset().ToUnixTimeSeconds(), new DateTimeOffset(token.ValidTo).ToUnixTimeSeconds());
        Assert.Equal("user", token.GetClaim("role").Value);
        Assert.False(string.IsNullOrEmpty(token.Id));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_give_the_same_401()
    {
        await RegisterAsync();

        var wrongPassword = await Problem.ReadAsync(
            await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = "not the right one" }), HttpStatusCode.Unauthorized);
        var unknownEmail = await Problem.ReadAsync(
            await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.com", password = Password }), HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_credentials", wrongPassword.Code);
        foreach (var property in new[] { "type", "title", "status", "code" })
        {
            Assert.Equal(wrongPassword.Body.GetProperty(property).ToString(), unknownEmail.Body.GetProperty(property).ToString());
        }
    }

    [Fact]
    public async Task Empty_credentials_are_a_400_naming_both_fields()
    {
        var problem = await Problem.ReadAsync(await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "", password = "" }), HttpStatusCode.BadRequest);

        Assert.Equal(["email", "password"], problem.Errors.Keys.Order().ToArray());
    }

    [Fact]
    public async Task A_locked_account_answers_exactly_like_a_wrong_password()
    {
        await RegisterAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = "not the right one" });
        }

        var locked = await Problem.ReadAsync(
            await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password }), HttpStatusCode.Unauthorized);
        var unknown = await Problem.ReadAsync(
            await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.com", password = Password }), HttpStatusCode.Unauthorized);

        Assert.Equal("invalid_credentials", locked.Code);
        Assert.Equal(unknown.Body.GetProperty("title").GetString(), locked.Body.GetProperty("title").GetString());
        var lockedUntil = await InDatabaseAsync(database => database.Users.Select(user => user.LockedUntil).SingleAsync());
        Assert.True(lockedUntil > DateTimeOffset.UtcNow.AddMinutes(14));
    }
}

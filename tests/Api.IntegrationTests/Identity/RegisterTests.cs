using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class RegisterTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Registering_creates_the_user_and_answers_201_with_its_normalised_profile()
    {
        var response = await RegisterAsync(" Ann@Example.COM ", Password, "  Ann Lee ");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/auth/me", response.Headers.Location?.OriginalString);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ann@example.com", body.GetProperty("email").GetString());
        Assert.Equal("Ann Lee", body.GetProperty("displayName").GetString());
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(7, id.Version);

        var stored = await InDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync());
        Assert.Equal(id, stored.Id);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
        Assert.Equal(body.GetProperty("createdAt").GetDateTimeOffset(), stored.CreatedAt);
    }

    [Fact]
    public async Task The_password_is_stored_only_as_a_slow_salted_hash()
    {
        await RegisterAsync();
        await RegisterAsync("bob@example.com");

        var hashes = await InDatabaseAsync(db => db.Users.AsNoTracking().Select(user => user.PasswordHash).ToListAsync());

        Assert.All(hashes, hash =>
        {
            Assert.DoesNotContain(Password, hash, StringComparison.Ordinal);
            Assert.Equal(0x01, Convert.FromBase64String(hash)[0]); // ASP.NET Core Identity v3 format: PBKDF2
        });
        Assert.NotEqual(hashes[0], hashes[1]); // same password, different salts
    }

    [Fact]
    public async Task An_email_already_registered_in_any_case_is_a_409_and_the_first_account_is_untouched()
    {
        await RegisterAsync("ann@example.com", Password, "Ann");

        var problem = await Problem.ReadAsync(await RegisterAsync("ANN@EXAMPLE.com", "another long passphrase", "Impostor"), HttpStatusCode.Conflict);

        Assert.Equal("email_already_registered", problem.Code);
        var stored = await InDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync());
        Assert.Equal("Ann", stored.DisplayName.Value);
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password })).StatusCode);
    }

    [Fact]
    public async Task Two_simultaneous_registrations_of_one_email_give_one_201_and_one_409()
    {
        var responses = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(_ => RegisterAsync("race@example.com")));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.Created),
            response => Assert.Equal(HttpStatusCode.Conflict, response.StatusCode));
        Assert.Equal(1, await InDatabaseAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("short pass", "password")]
    [InlineData("PASSWORDPASSWORD", "password")]
    [InlineData(Password, "email", "not-an-email")]
    [InlineData(Password, "displayName", "ann@example.com", "   ")]
    public async Task Invalid_fields_are_a_400_listing_each_field_and_nothing_is_stored(
        string password, string field, string email = "ann@example.com", string displayName = "Ann")
    {
        var problem = await Problem.ReadAsync(await RegisterAsync(email, password, displayName), HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", problem.Code);
        Assert.True(problem.Errors.ContainsKey(field), $"no error for {field}: {problem.Body}");
        Assert.Equal(0, await InDatabaseAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_common_password_is_refused_with_a_message_saying_so()
    {
        var problem = await Problem.ReadAsync(await RegisterAsync(password: "1q2w3e4r5t6y"), HttpStatusCode.BadRequest);

        Assert.Contains(problem.Errors["password"], message => message.Contains("commonly used", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_fields_are_each_reported()
    {
        var problem = await Problem.ReadAsync(await Client.PostAsJsonAsync("/api/v1/auth/register", new { }), HttpStatusCode.BadRequest);

        Assert.Equal(["displayName", "email", "password"], problem.Errors.Keys.Order().ToArray());
    }
}

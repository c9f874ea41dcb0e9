using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Identity;

public sealed class CurrentUserTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Register_then_login_then_me_answers_the_v1_profile()
    {
        var token = await RegisterAndLoginAsync();

        var response = await GetAsync("/api/v1/auth/me", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["displayName", "email", "id"], body.EnumerateObject().Select(p => p.Name).Order().ToArray());
        Assert.Equal("ann@example.com", body.GetProperty("email").GetString());
        Assert.Equal("Ann", body.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task The_v2_profile_adds_roles_and_utc_account_timestamps()
    {
        var token = await RegisterAndLoginAsync();

        var body = await (await GetAsync("/api/v2/auth/me", token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["user"], body.GetProperty("roles").EnumerateArray().Select(role => role.GetString()!).ToArray());
        Assert.EndsWith("+00:00", body.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("createdAt").GetDateTimeOffset(), body.GetProperty("updatedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Me_is_served_from_the_cache_after_the_first_read()
    {
        var token = await RegisterAndLoginAsync();
        await GetAsync("/api/v1/auth/me", token);

        // Change the row behind the application's back: a cached read still answers the first value.
        await InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE users SET display_name = 'Changed in SQL'"));
        var body = await (await GetAsync("/api/v1/auth/me", token)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Ann", body.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Without_a_token_me_is_a_401_saying_a_token_is_needed()
    {
        var problem = await Problem.ReadAsync(await GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);

        Assert.Equal("unauthenticated", problem.Code);
    }

    [Fact]
    public async Task An_expired_token_is_a_401_token_expired()
    {
        await RegisterAsync();
        var expired = SignToken(Guid.CreateVersion7(), DateTime.UtcNow.AddMinutes(-30), DateTime.UtcNow.AddMinutes(-15), PlatformApiFactory.SigningCredentials());

        var response = await GetAsync("/api/v1/auth/me", expired);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("token_expired", problem.Code);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_token_is_a_401_token_invalid()
    {
        var token = await RegisterAndLoginAsync();
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("\"role\":\"user\"", "\"role\":\"admin\"", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var problem = await Problem.ReadAsync(await GetAsync("/api/v1/auth/me", tampered), HttpStatusCode.Unauthorized);

        Assert.Equal("token_invalid", problem.Code);
    }

    [Fact]
    public async Task A_token_signed_with_a_symmetric_algorithm_is_refused_whatever_its_key()
    {
        var hs256 = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256);
        var token = SignToken(Guid.CreateVersion7().ToString(), DateTime.UtcNow, DateTime.UtcNow.AddMinutes(15), hs256, Guid.CreateVersion7());

        var problem = await Problem.ReadAsync(await GetAsync("/api/v1/auth/me", token), HttpStatusCode.Unauthorized);

        Assert.Equal("token_invalid", problem.Code);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_a_401_token_invalid()
    {
        var foreign = SignToken(Guid.CreateVersion7(), DateTime.UtcNow, DateTime.UtcNow.AddMinutes(15), ForeignKey());

        var problem = await Problem.ReadAsync(await GetAsync("/api/v1/auth/me", foreign), HttpStatusCode.Unauthorized);

        Assert.Equal("token_invalid", problem.Code);
    }

    [Fact]
    public async Task A_signed_token_without_a_session_is_a_401_token_invalid()
    {
        var sessionless = SignToken(Guid.CreateVersion7(), DateTime.UtcNow, DateTime.UtcNow.AddMinutes(15), PlatformApiFactory.SigningCredentials());

        var problem = await Problem.ReadAsync(await GetAsync("/api/v1/auth/me", sessionless), HttpStatusCode.Unauthorized);

        Assert.Equal("token_invalid", problem.Code);
    }

    [Fact]
    public async Task A_signed_token_of_a_session_that_does_not_exist_is_a_401_session_revoked()
    {
        var orphan = SignToken(Guid.CreateVersion7().ToString(), DateTime.UtcNow, DateTime.UtcNow.AddMinutes(15), PlatformApiFactory.SigningCredentials(), Guid.CreateVersion7());

        var problem = await Problem.ReadAsync(await GetAsync("/api/v1/auth/me", orphan), HttpStatusCode.Unauthorized);

        Assert.Equal("session_revoked", problem.Code);
    }

    [Fact]
    public async Task A_signed_token_whose_subject_is_not_a_user_id_is_a_401_token_invalid()
    {
        var token = SignToken("not-a-guid", DateTime.UtcNow, DateTime.UtcNow.AddMinutes(5), PlatformApiFactory.SigningCredentials());

        var problem = await Problem.ReadAsync(await GetAsync("/api/v1/auth/me", token), HttpStatusCode.Unauthorized);

        Assert.Equal("token_invalid", problem.Code);
    }

    private static string SignToken(Guid userId, DateTime issuedAt, DateTime expires, SigningCredentials credentials) =>
        SignToken(userId.ToString(), issuedAt, expires, credentials);

    /// <summary>A well-formed ES256 key with the Api's key id that the Api does not hold.</summary>
    private static SigningCredentials ForeignKey() =>
        new(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = PlatformApiFactory.SigningKeyId }, SecurityAlgorithms.EcdsaSha256);

    private static string SignToken(string subject, DateTime issuedAt, DateTime expires, SigningCredentials credentials, Guid? sessionId = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "platform",
            Audience = "platform-api",
            Subject = new ClaimsIdentity(sessionId is { } sid ? [new Claim("sub", subject), new Claim("sid", sid.ToString())] : [new Claim("sub", subject)]),
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            SigningCredentials = credentials,
        });
}

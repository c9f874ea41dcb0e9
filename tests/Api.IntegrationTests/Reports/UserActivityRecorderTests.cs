using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;
using Platform.Api.IntegrationTests.Support;
using Platform.Infrastructure.Reports;

namespace Platform.Api.IntegrationTests.Reports;

/// <summary>The activity recorder: a row per user, app and version a UTC day; late sightings dropped, as kept counts (ADR 47) must not miss a row written after them.</summary>
public sealed class UserActivityRecorderTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_sighting_that_could_not_be_written_for_longer_than_the_latest_write_is_dropped()
    {
        var ann = await SignInNewUserAsync();
        var bob = await SignInNewUserAsync("bob@example.com");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 24, 10, 0, 0, TimeSpan.Zero));
        using var recorder = new UserActivityRecorder(Factory.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<UserActivityRecorder>.Instance);

        recorder.Saw(ann.Id, "web", "1.0"); // then PostgreSQL is out of reach for longer than the latest write
        clock.Advance(UserActivityRecorder.LatestWrite + TimeSpan.FromMinutes(1));
        recorder.Saw(bob.Id, "web", "1.0");
        await recorder.StopAsync(CancellationToken.None); // writes what waits

        Assert.Equal(bob.Id, await ScalarAsync<Guid>("SELECT user_id FROM user_activity WHERE day = '2026-10-24'"));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM user_activity WHERE day = '2026-10-24'"));
    }

    [Fact]
    public async Task A_users_first_request_of_a_day_with_each_app_and_version_is_one_row_and_a_token_without_them_is_unknown()
    {
        var ann = await SignInNewUserAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 24, 10, 0, 0, TimeSpan.Zero));
        using var recorder = new UserActivityRecorder(Factory.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<UserActivityRecorder>.Instance);

        recorder.Saw(ann.Id, "ios", "2.4.1");
        clock.Advance(TimeSpan.FromMinutes(1));
        recorder.Saw(ann.Id, "ios", "2.4.1");
        recorder.Saw(ann.Id, "ios", "2.5.0"); // the app was updated and the session refreshed
        recorder.Saw(ann.Id, "web", "2.5.0");
        recorder.Saw(ann.Id, null, null);
        await recorder.StopAsync(CancellationToken.None);

        var rows = await RowsAsync("SELECT app_type, app_version, to_char(seen_at AT TIME ZONE 'UTC', 'HH24:MI') FROM user_activity WHERE day = '2026-10-24' ORDER BY 1, 2");
        Assert.Equal(["ios 2.4.1 10:00", "ios 2.5.0 10:01", "unknown unknown 10:01", "web 2.5.0 10:01"], rows);
    }

    [Fact]
    public async Task Requests_are_recorded_with_the_app_type_and_version_their_access_token_names()
    {
        var ann = await SignInNewUserAsync();
        var token = new JsonWebToken(ann.Token);
        Assert.Equal((ClientHeaders.AppType, ClientHeaders.AppVersion), (token.GetClaim("app_type").Value, token.GetClaim("app_version").Value));

        (await GetAsync("/api/v1/auth/me", ann.Token)).EnsureSuccessStatusCode();
        await WaitForAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM user_activity") == 1);

        Assert.Equal([$"{ClientHeaders.AppType} {ClientHeaders.AppVersion}"], await RowsAsync("SELECT app_type, app_version FROM user_activity"));
    }

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)));
        }

        return rows;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Api.IntegrationTests.Support;
using Platform.Infrastructure.Reports;

namespace Platform.Api.IntegrationTests.Reports;

/// <summary>The activity recorder's late sightings: kept active-user counts (ADR 47) must not miss a row written after them.</summary>
public sealed class UserActivityRecorderTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_sighting_that_could_not_be_written_for_longer_than_the_latest_write_is_dropped()
    {
        var ann = await SignInNewUserAsync();
        var bob = await SignInNewUserAsync("bob@example.com");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 24, 10, 0, 0, TimeSpan.Zero));
        using var recorder = new UserActivityRecorder(Factory.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<UserActivityRecorder>.Instance);

        recorder.Saw(ann.Id); // then PostgreSQL is out of reach for longer than the latest write
        clock.Advance(UserActivityRecorder.LatestWrite + TimeSpan.FromMinutes(1));
        recorder.Saw(bob.Id);
        await recorder.StopAsync(CancellationToken.None); // writes what waits

        Assert.Equal(bob.Id, await ScalarAsync<Guid>("SELECT user_id FROM user_activity WHERE day = '2026-10-24'"));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM user_activity WHERE day = '2026-10-24'"));
    }
}

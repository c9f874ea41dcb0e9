using System.Text.Json;
using Npgsql;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Workouts;

/// <summary>A personal record, told through the outbox: only a set that beats the user's other sets, in their unit and language.</summary>
public sealed class RecordNotificationTests(PlatformApiFactory factory) : DiaryApiTest(factory)
{
    [Fact]
    public async Task A_set_that_beats_the_best_estimated_one_rep_max_is_notified_once_and_a_first_or_weaker_one_is_not()
    {
        var ann = await SignInNewUserAsync();
        var squat = await CatalogueIdAsync(ann.Token, "back squat");
        var start = DateTimeOffset.UtcNow.AddDays(-3);

        // Each message is decided from the sets as they are when it is delivered, so each write's delivery is awaited.
        await LogAsync(ann.Token, start, "First", (squat, 5, 100m)); // a first set: no record yet
        await WaitForDeliveriesAsync();
        var second = await LogAsync(ann.Token, start.AddDays(1), "Second", (squat, 5, 90m), (squat, 3, 110m)); // 121 > 116.67
        await WaitForDeliveriesAsync();
        var added = await ChangeAsync(HttpMethod.Post, $"{Workouts}/{second}/sets", ann.Token, new { exerciseId = squat, reps = 5, weight = 95 }); // 110.83
        await WaitForDeliveriesAsync();
        await ChangeAsync(HttpMethod.Put, $"{Workouts}/{second}/sets/{SetIdsOf(added)[2]}", ann.Token, new { exerciseId = squat, reps = 2, weight = 120 }); // 128 > 121
        await WaitForDeliveriesAsync();

        var records = (await ReadAsync("/api/v1/notifications?type=workouts.record", ann.Token)).GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("body").GetString()).ToList();
        Assert.Equal(
            [
                "120 kg × 2 in Back squat: an estimated one-rep max of 128 kg, up from 121 kg.",
                "110 kg × 3 in Back squat: an estimated one-rep max of 121 kg, up from 116.67 kg.",
            ],
            records);
    }

    /// <summary>Every message the test's writes put in the outbox has been delivered.</summary>
    private async Task WaitForDeliveriesAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        for (var attempt = 0; attempt < 150; attempt++)
        {
            await using var pending = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE status <> 'Dispatched'", connection);
            if ((long)(await pending.ExecuteScalarAsync())! == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The outbox still held undelivered messages after 15 s.");
    }
}

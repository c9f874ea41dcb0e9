using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Common.Jobs;
using Platform.Application.Common.Messaging;
using Platform.Application.Identity.PurgeExpiredCredentials;
using Platform.Application.Notifications.PurgeOldNotifications;

namespace Platform.Api.IntegrationTests.Operations;

/// <summary>
/// The retention jobs against PostgreSQL, each run twice: the first run deletes exactly what is past retention, the
/// second finds nothing left, and what is still in use stays. (The other jobs' second runs are tested beside them:
/// digests, reminders, partitions, outbox and export purges.)
/// </summary>
public sealed class JobIdempotenceTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Credentials_purge_deletes_expired_tokens_and_long_ended_sessions_once_and_keeps_live_ones()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        await SqlAsync($"UPDATE sessions SET revoked_at = now() - interval '31 days', revocation_reason = 'logout' WHERE user_id = '{bob.Id}'");
        await SqlAsync($"UPDATE refresh_tokens SET expires_at = now() - interval '2 days' WHERE session_id IN (SELECT id FROM sessions WHERE user_id = '{ann.Id}')");
        var annSessions = await ScalarAsync<long>($"SELECT count(*) FROM sessions WHERE user_id = '{ann.Id}'");

        var first = await RunAsync(new PurgeExpiredCredentialsCommand());
        var second = await RunAsync(new PurgeExpiredCredentialsCommand());

        Assert.True(first.Handled >= 2, $"the first run handled {first.Handled}");
        Assert.Equal(0, second.Handled);
        Assert.Equal(0, await ScalarAsync<long>($"SELECT count(*) FROM sessions WHERE user_id = '{bob.Id}'"));
        Assert.Equal(0, await ScalarAsync<long>($"SELECT count(*) FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id WHERE s.user_id = '{ann.Id}'"));
        Assert.Equal(annSessions, await ScalarAsync<long>($"SELECT count(*) FROM sessions WHERE user_id = '{ann.Id}'"));
    }

    [Fact]
    public async Task Notifications_purge_deletes_old_read_and_very_old_unread_ones_once_and_keeps_the_rest()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        await SqlAsync($$"""
            INSERT INTO notifications (id, user_id, type, parameters, in_app, in_digest, created_at, read_at) VALUES
                (gen_random_uuid(), '{{ann.Id}}', 'workouts.record', '{}', true, false, now() - interval '100 days', now() - interval '91 days'),
                (gen_random_uuid(), '{{ann.Id}}', 'workouts.record', '{}', true, false, now() - interval '400 days', NULL),
                (gen_random_uuid(), '{{ann.Id}}', 'workouts.record', '{}', true, false, now() - interval '100 days', now() - interval '10 days'),
                (gen_random_uuid(), '{{ann.Id}}', 'workouts.record', '{}', true, false, now() - interval '200 days', NULL),
                (gen_random_uuid(), '{{ann.Id}}', 'workouts.record', '{}', false, true, now() - interval '400 days', NULL)
            """);

        var first = await RunAsync(new PurgeOldNotificationsCommand());
        var second = await RunAsync(new PurgeOldNotificationsCommand());

        Assert.Equal((2, 0), (first.Handled, second.Handled));
        Assert.Equal(3, await ScalarAsync<long>($"SELECT count(*) FROM notifications WHERE user_id = '{ann.Id}'"));
    }

    private async Task<JobRun> RunAsync(ICommand<JobRun> command)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
        Assert.True(result.IsSuccess);
        return result.Value;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Common.Outbox;
using Platform.Application.Identity.Contracts;
using Platform.Infrastructure.Outbox;
using Npgsql;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.IntegrationTests.Operations;

/// <summary>
/// The relay on a database of its own with no relay running in the host, so each test decides which relays run: a
/// consumer that records each delivery in its transaction shows what reached it, and how often.
/// </summary>
[Collection(ApiFixture.Name)]
public sealed class OutboxRelayTests(OutboxRelayTests.Host host) : IClassFixture<OutboxRelayTests.Host>, IAsyncLifetime
{
    private const string MessageName = "identity.password-changed.v1";

    public Task InitializeAsync() => host.ExecuteAsync("TRUNCATE outbox_messages, processed_messages, test_deliveries");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_relays_deliver_five_thousand_messages_each_exactly_once_and_both_take_part()
    {
        await WriteMessagesAsync(5000);
        var relays = new[] { host.NewRelay(), host.NewRelay() };

        var claimed = await Task.WhenAll(relays.Select(DrainAsync));

        Assert.All(claimed, count => Assert.True(count > 0, $"a relay delivered nothing: {string.Join(", ", claimed)}"));
        Assert.Equal(5000, claimed.Sum());
        Assert.Equal([5000L, 5000L], await host.RowAsync("SELECT count(*), count(DISTINCT message_id) FROM test_deliveries"));
        Assert.Equal(5000L, await host.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE status = 'Dispatched' AND claimed_until IS NULL"));
    }

    [Fact]
    public async Task A_consumers_own_timeout_is_a_failed_delivery_retried_later_and_the_relay_goes_on()
    {
        var timesOut = Guid.NewGuid();
        RecordingConsumer.TimesOut[timesOut] = true;
        var failed = (await WriteMessagesAsync(1, timesOut)).Single();
        var delivered = (await WriteMessagesAsync(1)).Single();

        Assert.Equal(2, await host.NewRelay().RelayBatchAsync(CancellationToken.None));

        Assert.Equal(["Pending", 1, "RecordingConsumer: The HTTP request timed out."],
            await host.RowAsync($"SELECT status, attempts, last_error FROM outbox_messages WHERE id = '{failed}'"));
        Assert.Equal("Dispatched", await host.ScalarAsync<string>($"SELECT status FROM outbox_messages WHERE id = '{delivered}'"));
    }

    [Fact]
    public async Task A_delivery_that_finds_postgresql_gone_lets_the_deliveries_under_way_finish_and_be_marked()
    {
        var (slowUser, goneUser) = (Guid.NewGuid(), Guid.NewGuid());
        RecordingConsumer.Slow[slowUser] = true;
        RecordingConsumer.DatabaseGone[goneUser] = true;
        var slow = await WriteMessagesAsync(3, slowUser);
        await WriteMessagesAsync(1, goneUser);

        await Assert.ThrowsAsync<NpgsqlException>(() => host.NewRelay().RelayBatchAsync(CancellationToken.None));

        Assert.Equal(3L, await host.ScalarAsync<long>($"SELECT count(*) FROM outbox_messages WHERE status = 'Dispatched' AND id IN ('{string.Join("', '", slow)}')"));
    }

    [Fact]
    public async Task A_relay_delivers_four_messages_of_a_batch_at_once_each_once()
    {
        var slowUser = Guid.NewGuid();
        RecordingConsumer.Slow[slowUser] = true;
        await WriteMessagesAsync(12, slowUser);

        Assert.Equal(12, await DrainAsync(host.NewRelay()));

        Assert.Equal(4, RecordingConsumer.MostAtOnce);
        Assert.Equal([12L, 12L], await host.RowAsync("SELECT count(*), count(DISTINCT message_id) FROM test_deliveries"));
        Assert.Equal(12L, await host.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE status = 'Dispatched'"));
    }

    [Fact]
    public async Task A_message_delivered_again_after_a_relay_died_before_marking_it_reaches_its_consumer_once()
    {
        var id = (await WriteMessagesAsync(1)).Single();
        await DrainAsync(host.NewRelay());
        // As if the relay had died after the consumer committed and before it marked the message: its lease has run out.
        await host.ExecuteAsync($"UPDATE outbox_messages SET status = 'Pending', processed_at = NULL, claimed_until = now() - interval '1 second' WHERE id = '{id}'");

        Assert.Equal(1, await DrainAsync(host.NewRelay()));

        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM test_deliveries"));
        Assert.Equal("Dispatched", await host.ScalarAsync<string>($"SELECT status FROM outbox_messages WHERE id = '{id}'"));
    }

    [Fact]
    public async Task A_claimed_message_is_left_alone_until_its_lease_ends()
    {
        var id = (await WriteMessagesAsync(1)).Single();
        await host.ExecuteAsync($"UPDATE outbox_messages SET claimed_until = now() + interval '1 minute' WHERE id = '{id}'");

        Assert.Equal(0, await DrainAsync(host.NewRelay()));

        await host.ExecuteAsync($"UPDATE outbox_messages SET claimed_until = now() - interval '1 second' WHERE id = '{id}'");
        Assert.Equal(1, await DrainAsync(host.NewRelay()));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM test_deliveries"));
    }

    [Fact]
    public async Task A_failing_consumer_is_tried_again_later_each_time_and_the_message_is_dead_after_the_last_attempt()
    {
        var userId = Guid.NewGuid();
        RecordingConsumer.TransientFailures[userId] = int.MaxValue;
        var id = (await WriteMessagesAsync(1, userId)).Single();
        var relay = host.NewRelay();

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= Host.MaxAttempts; attempt++)
        {
            await WaitUntilDueAsync(id);
            var before = DateTime.UtcNow;
            Assert.Equal(1, await relay.RelayBatchAsync(CancellationToken.None));
            var row = await host.RowAsync($"SELECT status, attempts, available_at FROM outbox_messages WHERE id = '{id}'");
            Assert.Equal([attempt < Host.MaxAttempts ? "Pending" : "Dead", attempt], row[..2]);
            waits.Add((DateTime)row[2]! - before);
        }

        // Half to all of 50 ms, then of 100 ms: each wait is at least half the doubled first retry.
        Assert.True(waits[0] >= TimeSpan.FromMilliseconds(24), $"first wait {waits[0]}");
        Assert.True(waits[1] >= TimeSpan.FromMilliseconds(49), $"second wait {waits[1]}");
        var dead = await host.RowAsync($"SELECT last_error, processed_at IS NOT NULL FROM outbox_messages WHERE id = '{id}'");
        Assert.Equal(["RecordingConsumer: The test consumer is told to fail.", true], dead);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM test_deliveries"));
        Assert.Equal(0, await DrainAsync(relay));
    }

    [Fact]
    public async Task A_permanent_refusal_and_an_unknown_contract_are_dead_at_the_first_attempt()
    {
        var refusedUser = Guid.NewGuid();
        RecordingConsumer.PermanentFailures[refusedUser] = true;
        var refused = (await WriteMessagesAsync(1, refusedUser)).Single();
        await host.ExecuteAsync("""
            INSERT INTO outbox_messages (id, name, payload, created_at, available_at, attempts, status)
            VALUES ('00000000-0000-7000-8000-000000000001', 'nobody.knows-this.v1', '{}', now(), now(), 0, 'Pending')
            """);

        Assert.Equal(2, await DrainAsync(host.NewRelay()));

        Assert.Equal(["Dead", 1, "RecordingConsumer: refused for good"],
            await host.RowAsync($"SELECT status, attempts, last_error FROM outbox_messages WHERE id = '{refused}'"));
        Assert.Equal(["Dead", 1, "No message contract is named nobody.knows-this.v1."],
            await host.RowAsync("SELECT status, attempts, last_error FROM outbox_messages WHERE name = 'nobody.knows-this.v1'"));
    }

    [Fact]
    public async Task Mail_the_old_mail_table_had_not_sent_is_moved_into_the_outbox_by_the_migration_and_sent()
    {
        await host.MigrateAsync("20261206084151_CoveringIndexOfSetsAndWorkoutRowVersion");
        await host.ExecuteAsync("""
            INSERT INTO outgoing_mails (id, "to", subject, text_body, html_body, created_at, next_attempt_at, attempts, sent_at, failed_at)
            VALUES ('00000000-0000-7000-8000-0000000000a1', 'ann@example.com', 'Unsent', 'text', '<p>html</p>', now(), now(), 1, NULL, NULL),
                   ('00000000-0000-7000-8000-0000000000a2', 'ann@example.com', 'Sent', '', '', now(), now(), 1, now(), NULL),
                   ('00000000-0000-7000-8000-0000000000a3', 'ann@example.com', 'Given up', '', '', now(), now(), 8, NULL, now())
            """);

        await host.MigrateAsync(null);

        Assert.Equal(["mail.requested.v1", "Unsent", 1], await host.RowAsync("SELECT name, payload->>'subject', attempts FROM outbox_messages"));
        Assert.Equal(1, await DrainAsync(host.NewRelay()));
        var mail = Assert.Single(await host.Factory.MailboxOf("ann@example.com").ReadAsync());
        Assert.Equal(("Unsent", "000000000000700080000000000000a1@platform.local"), (mail.Subject, mail.MessageId));
    }

    [Fact]
    public async Task The_partitions_migration_moves_stored_audit_events_and_notifications_into_their_months_and_back_down()
    {
        await host.MigrateAsync("20261207063705_WorkoutReminders");
        await host.ExecuteAsync("""
            INSERT INTO users (id, email, display_name, password_hash, roles, created_at, updated_at)
            VALUES ('00000000-0000-7000-8000-0000000000b1', 'kept@example.com', 'Kept', 'x', '{user}', now(), now());
            INSERT INTO audit_events (id, occurred_at, type, outcome, user_id) VALUES
                ('00000000-0000-7000-8000-0000000000c1', '2025-03-10T12:00:00Z', 'login', 'Success', '00000000-0000-7000-8000-0000000000b1'),
                ('00000000-0000-7000-8000-0000000000c2', now(), 'logout', 'Success', '00000000-0000-7000-8000-0000000000b1');
            INSERT INTO notifications (id, user_id, type, parameters, in_app, in_digest, created_at)
            VALUES ('00000000-0000-7000-8000-0000000000d1', '00000000-0000-7000-8000-0000000000b1', 'projects.archived', '{}', true, false, '2025-06-01T08:00:00Z');
            """);

        await host.MigrateAsync(null);

        Assert.Equal(["audit_events_2025_03", "login"], await host.RowAsync("SELECT tableoid::regclass::text, type FROM audit_events WHERE id = '00000000-0000-7000-8000-0000000000c1'"));
        Assert.Equal(2L, await host.ScalarAsync<long>("SELECT count(*) FROM audit_events"));
        Assert.Equal(["notifications_2025_06"], await host.RowAsync("SELECT tableoid::regclass::text FROM notifications"));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM audit_events_default") + await host.ScalarAsync<long>("SELECT count(*) FROM notifications_default"));

        await host.MigrateAsync("20261207063705_WorkoutReminders");

        Assert.Equal((2L, 1L), (await host.ScalarAsync<long>("SELECT count(*) FROM audit_events"), await host.ScalarAsync<long>("SELECT count(*) FROM notifications")));
        Assert.Equal("r", await host.ScalarAsync<string>("SELECT relkind::text FROM pg_class WHERE relname = 'audit_events'"));
        await host.MigrateAsync(null);
    }

    [Fact]
    public async Task The_client_activity_migration_keeps_activity_rows_as_of_an_unknown_app_and_kept_counts_as_kept_buckets()
    {
        await host.MigrateAsync("20261207151653_ClosedBucketCounts");
        await host.ExecuteAsync("""
            INSERT INTO users (id, email, display_name, password_hash, roles, created_at, updated_at)
            VALUES ('00000000-0000-7000-8000-0000000000b2', 'activity@example.com', 'Kept', 'x', '{user}', now(), now());
            INSERT INTO user_activity (day, user_id, seen_at) VALUES ('2026-10-24', '00000000-0000-7000-8000-0000000000b2', '2026-10-24T12:00:00Z');
            INSERT INTO closed_bucket_counts (report, time_zone, granularity, bucket, starts, ends, value) VALUES
                ('active-users', 'UTC', 'day', '2026-10-24', '2026-10-24T00:00:00Z', '2026-10-25T00:00:00Z', 1),
                ('active-users', 'UTC', 'day', '2026-10-25', '2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z', 0);
            """);

        await host.MigrateAsync(null);

        Assert.Equal(["unknown", "unknown"], await host.RowAsync("SELECT app_type, app_version FROM user_activity"));
        Assert.Equal(2L, await host.ScalarAsync<long>("SELECT count(*) FROM closed_buckets"));
        Assert.Equal(["2026-10-24", 1L], await host.RowAsync("SELECT bucket::text, value FROM closed_bucket_counts WHERE dimensions = '{}'"));

        await host.MigrateAsync("20261207151653_ClosedBucketCounts");

        Assert.Equal(2L, await host.ScalarAsync<long>("SELECT count(*) FROM closed_bucket_counts"));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM user_activity"));
        await host.MigrateAsync(null);
        await host.ExecuteAsync("DELETE FROM users WHERE id = '00000000-0000-7000-8000-0000000000b2'; DELETE FROM closed_buckets;");
    }

    private static async Task<int> DrainAsync(OutboxRelay relay)
    {
        var total = 0;
        int claimed;
        while ((claimed = await relay.RelayBatchAsync(CancellationToken.None)) > 0)
        {
            total += claimed;
        }

        return total;
    }

    private async Task WaitUntilDueAsync(Guid id)
    {
        while (await host.ScalarAsync<bool>($"SELECT available_at > now() FROM outbox_messages WHERE id = '{id}'"))
        {
            await Task.Delay(5);
        }
    }

    private async Task<List<Guid>> WriteMessagesAsync(int count, Guid? userId = null) =>
        [.. (await host.RowsAsync($"""
            INSERT INTO outbox_messages (id, name, payload, created_at, available_at, attempts, status)
            SELECT gen_random_uuid(), '{MessageName}', jsonb_build_object('userId', {(userId is { } user ? $"'{user}'::uuid" : "gen_random_uuid()")}),
                   now(), now(), 0, 'Pending'
            FROM generate_series(1, {count})
            RETURNING id
            """)).Select(row => (Guid)row[0]!)];

    /// <summary>An Api host (API role: no relay, no jobs of its own) on the database <c>platform_outbox_tests</c>.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public const int MaxAttempts = 3;

        public PlatformApiFactory Factory { get; } = new("platform_outbox_tests", builder =>
        {
            builder.UseSetting("Platform:Role", "Api");
            builder.UseSetting("Outbox:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Outbox:FirstRetry", "00:00:00.050");
            builder.UseSetting("Outbox:LongestRetry", "00:00:01");
            builder.ConfigureTestServices(services => services.AddScoped<IOutboxConsumer<PasswordChangedV1>, RecordingConsumer>());
        });

        internal OutboxRelay NewRelay() => ActivatorUtilities.CreateInstance<OutboxRelay>(Factory.Services);

        public async Task InitializeAsync()
        {
            await Factory.InitializeAsync();
            await ExecuteAsync("CREATE TABLE test_deliveries (message_id uuid NOT NULL, attempt int NOT NULL)");
        }

        public async Task DisposeAsync() => await ((IAsyncLifetime)Factory).DisposeAsync();

        public async Task ExecuteAsync(string sql) => await RowsAsync(sql);

        /// <summary>Migrates the database to <paramref name="migration"/> (down or up), or to the latest with null.</summary>
        public async Task MigrateAsync(string? migration)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await context.GetService<IMigrator>().MigrateAsync(migration);
            await context.Database.CloseConnectionAsync();
            NpgsqlConnection.ClearAllPools();
        }

        /// <summary>The first row the query answers, its NULLs as null.</summary>
        public async Task<object?[]> RowAsync(string sql) => (await RowsAsync(sql)).Single();

        public async Task<T> ScalarAsync<T>(string sql) => (T)(await RowAsync(sql))[0]!;

        public async Task<List<object?[]>> RowsAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(Factory.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<object?[]>();
            while (await reader.ReadAsync())
            {
                var row = new object?[reader.FieldCount];
                reader.GetValues(row!);
                rows.Add([.. row.Select(value => value is DBNull ? null : value)]);
            }

            return rows;
        }
    }

    /// <summary>Records each delivery in the delivery's own transaction; fails for the users it is told to.</summary>
    private sealed class RecordingConsumer(PlatformDbContext context) : IOutboxConsumer<PasswordChangedV1>
    {
        public static readonly ConcurrentDictionary<Guid, int> TransientFailures = new();
        public static readonly ConcurrentDictionary<Guid, bool> PermanentFailures = new();

        /// <summary>Users whose deliveries find PostgreSQL unreachable.</summary>
        public static readonly ConcurrentDictionary<Guid, bool> DatabaseGone = new();

        /// <summary>Users whose deliveries time out in the consumer itself, as an HTTP client's would.</summary>
        public static readonly ConcurrentDictionary<Guid, bool> TimesOut = new();

        /// <summary>Users whose deliveries take a while, counting how many are under way at once.</summary>
        public static readonly ConcurrentDictionary<Guid, bool> Slow = new();

        private static int _inFlight;

        public static int MostAtOnce;

        public async Task ConsumeAsync(PasswordChangedV1 message, OutboxDelivery delivery, CancellationToken cancellationToken)
        {
            await context.Database.ExecuteSqlAsync($"INSERT INTO test_deliveries (message_id, attempt) VALUES ({delivery.MessageId}, {delivery.Attempt})", cancellationToken);
            if (Slow.ContainsKey(message.UserId))
            {
                var atOnce = Interlocked.Increment(ref _inFlight);
                InterlockedMax(ref MostAtOnce, atOnce);
                await Task.Delay(200, cancellationToken);
                Interlocked.Decrement(ref _inFlight);
            }

            if (PermanentFailures.ContainsKey(message.UserId))
            {
                throw new PermanentDeliveryFailureException("refused for good");
            }

            if (DatabaseGone.ContainsKey(message.UserId))
            {
                throw new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));
            }

            if (TimesOut.ContainsKey(message.UserId))
            {
                throw new TaskCanceledException("The HTTP request timed out.");
            }

            if (TransientFailures.ContainsKey(message.UserId))
            {
                throw new InvalidOperationException("The test consumer is told to fail.");
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}

using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Platform.Infrastructure.Persistence;

namespace Platform.Api.IntegrationTests.Operations;

/// <summary>What counts as a database outage, the bounded connect timeout, and how background loops live through one (ADR 24).</summary>
public sealed class DatabaseOutageRulesTests
{
    public static TheoryData<Exception, bool> Failures => new()
    {
        { new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new DbUpdateException("save", new NpgsqlException("Exception while reading from stream", new IOException("Unable to read data from the transport connection"))), true },
        { new InvalidOperationException("transient", new PostgresException("starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow)), true },
        { new PostgresException("terminating", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown), true },
        { new PostgresException("too many", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections), true },
        { new PostgresException("duplicate", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation), false },
        { new PostgresException("deadlock", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected), false },
        { new InvalidOperationException("a bug"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_an_unreachable_database_counts_as_an_outage(Exception failure, bool isOutage) =>
        Assert.Equal(isOutage, DatabaseOutage.IsCauseOf(failure));

    [Theory]
    [InlineData("Host=db", 3)]
    [InlineData("Host=db;Timeout=15", 3)]
    [InlineData("Host=db;Timeout=0", 3)]
    [InlineData("Host=db;Timeout=2", 2)]
    public void The_connect_timeout_is_at_most_three_seconds(string connectionString, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(DatabaseOutage.WithBoundedConnectTimeout(connectionString)).Timeout);

    [Theory]
    [InlineData("Host=db", 64)]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=10", 10)]
    public void Statements_are_prepared_automatically_unless_the_connection_string_says_otherwise(string connectionString, int expected)
    {
        var settings = new NpgsqlConnectionStringBuilder(PlatformDbContextOptions.WithPlatformDefaults(connectionString));
        Assert.Equal((expected, 3), (settings.MaxAutoPrepare, settings.Timeout));
    }

    [Fact]
    public async Task A_background_loop_logs_an_outage_once_backs_off_and_logs_once_when_it_is_back()
    {
        var clock = new FakeTimeProvider();
        var logger = new FakeLogger<FlakyLoop>();
        using var loop = new FlakyLoop(failuresBeforeRecovery: 4, clock, logger);

        await loop.StartAsync(CancellationToken.None);
        var waits = new List<TimeSpan>();
        for (var run = 1; run <= 5; run++)
        {
            var started = clock.GetUtcNow();
            while (!await loop.Runs.WaitAsync(TimeSpan.FromMilliseconds(20)))
            {
                clock.Advance(TimeSpan.FromMilliseconds(250));
            }

            waits.Add(clock.GetUtcNow() - started);
        }

        await loop.StopAsync(CancellationToken.None);

        Assert.Equal([1, 2, 4, 8], waits.Skip(1).Select(wait => (int)Math.Floor(wait.TotalSeconds)));
        var records = logger.Collector.GetSnapshot();
        Assert.Single(records, record => record.Level == LogLevel.Warning && record.Message.Contains("cannot reach PostgreSQL", StringComparison.Ordinal));
        Assert.Single(records, record => record.Level == LogLevel.Information && record.Message.Contains("resumed", StringComparison.Ordinal));
        Assert.DoesNotContain(records, record => record.Level == LogLevel.Error);
    }

    [Fact]
    public async Task A_cancellation_that_is_not_the_loop_stopping_is_a_failed_run_and_the_loop_goes_on()
    {
        var clock = new FakeTimeProvider();
        var logger = new FakeLogger<FlakyLoop>();
        using var loop = new FlakyLoop(failuresBeforeRecovery: 1, clock, logger, () => new TaskCanceledException("The HTTP request timed out."));

        await loop.StartAsync(CancellationToken.None);
        var runs = 0;
        for (var tick = 0; tick < 500 && runs < 2; tick++)
        {
            runs += await loop.Runs.WaitAsync(TimeSpan.FromMilliseconds(20)) ? 1 : 0;
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(2, runs); // the loop ran again after the cancellation

        await loop.StopAsync(CancellationToken.None);

        Assert.Single(logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Error && record.Exception is TaskCanceledException);
    }

    /// <summary>Fails its first runs (PostgreSQL unreachable unless told otherwise), then succeeds; signals every run.</summary>
    private sealed class FlakyLoop(int failuresBeforeRecovery, TimeProvider clock, ILogger<FlakyLoop> logger, Func<Exception>? failure = null)
        : DatabaseLoop(clock, logger)
    {
        private int _runs;

        public SemaphoreSlim Runs { get; } = new(0);

        protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

        protected override Task RunOnceAsync(CancellationToken cancellationToken)
        {
            Runs.Release();
            return ++_runs <= failuresBeforeRecovery
                ? Task.FromException(failure?.Invoke() ?? new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))
                : Task.CompletedTask;
        }

        public override void Dispose()
        {
            Runs.Dispose();
            base.Dispose();
        }
    }
}

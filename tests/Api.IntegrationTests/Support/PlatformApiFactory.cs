using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging.Testing;
using Platform.Api.Setup;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Microsoft.Extensions.Hosting;
using Platform.Infrastructure.Exercises;
using Platform.Infrastructure.Outbox;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Reports;
using Respawn;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>
/// The real Api on a test server, against a real PostgreSQL database (PLATFORM_TEST_CONNECTION, provided by
/// build/test.sh). The database is recreated and migrated once per run and emptied by Respawn before each test.
/// </summary>
public sealed class PlatformApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SigningKeyId = "test-key-1";

    /// <summary>The ES256 key the test Api signs with (generated per run), as PEM for configuration.</summary>
    public static readonly string SigningKeyPem = ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();

    private readonly Action<IWebHostBuilder>? _configure;
    private static readonly Respawn.Graph.Table[] QuartzTables =
    [
        "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers",
        "qrtz_calendars", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks",
        "qrtz_execution_history", "qrtz_misfire_history", "qrtz_job_status",
    ];

    private Respawner? _respawner;

    public PlatformApiFactory()
        : this(database: null, configure: null)
    {
    }

    /// <summary>A host of its own, on a database of its own (beside the tests' one) and with more settings, for tests that need the whole database to themselves.</summary>
    internal PlatformApiFactory(string? database, Action<IWebHostBuilder>? configure)
    {
        var connectionString = Environment.GetEnvironmentVariable("PLATFORM_TEST_CONNECTION")
            ?? throw new InvalidOperationException(
                "PLATFORM_TEST_CONNECTION is not set. Run the tests with build/test.sh, which starts a private PostgreSQL, " +
                "or set it to a connection string of a database the tests may drop and recreate.");
        ConnectionString = database is null ? connectionString : new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;
        _configure = configure;
    }

    public string ConnectionString { get; }

    /// <summary>The one-click unsubscribe address in notification mails.</summary>
    public const string UnsubscribeUrl = "https://api.example.test/api/v1/notifications/unsubscribe?token={token}";

    /// <summary>The key logs hash e-mail addresses with.</summary>
    public const string RedactionKey = "dGhlIGtleSB0aGUgdGVzdHMgaGFzaCBlLW1haWwgYWRkcmVzc2VzIGluIGxvZ3Mgd2l0aA==";

    /// <summary>Gives a host the key its logs hash e-mail addresses with (Production requires one).</summary>
    public static IWebHostBuilder WithRedactionKey(IWebHostBuilder builder) =>
        builder.UseSetting("Redaction:KeyId", "7").UseSetting("Redaction:Key", RedactionKey);

    /// <summary>The start of the reset links in mails; the token follows.</summary>
    public const string ResetLinkPrefix = "https://app.example.test/reset-password?token=";

    /// <summary>Where this host's mail lands (.eml files), one directory per host.</summary>
    public string MailPickupDirectory { get; } = Path.Combine(Path.GetTempPath(), "platform-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>The mail delivered to the address since the last reset, read from the pickup directory.</summary>
    public Mailbox MailboxOf(string address) => new(MailPickupDirectory, address);

    /// <summary>Credentials to forge tokens with the Api's own key, for tests of what the bearer handler refuses.</summary>
    public static SigningCredentials SigningCredentials()
    {
        var key = ECDsa.Create();
        key.ImportFromPem(SigningKeyPem);
        return new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = SigningKeyId }, SecurityAlgorithms.EcdsaSha256);
    }

    /// <summary>The provider that fails a test whose log lines hold an e-mail address, a password or a token.</summary>
    public LeakTrap LeakTrap { get; } = new();

    /// <summary>A client that tells the leak trap what passwords and tokens it sends and receives.</summary>
    public HttpClient CreateRecordingClient() => CreateDefaultClient(new SecretRecorder(LeakTrap));

    /// <summary>Every log record of this host (each derived host has its own collector and scopes).</summary>
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public async Task InitializeAsync()
    {
        await RecreateDatabaseAsync();
        await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // Quartz's tables belong to the running schedulers, not to a test.
            TablesToIgnore = [PlatformDbContextOptions.MigrationsHistoryTable, .. QuartzTables],
        });
    }

    /// <summary>
    /// Empties every table and the cache, so each test starts from nothing. The outbox relay and the activity recorder
    /// pause meanwhile: what the last test left them to write must neither hold locks the truncation waits for (a
    /// deadlock) nor land in the next test.
    /// </summary>
    public async Task ResetAsync()
    {
        var running = Services.GetServices<IHostedService>().ToList();
        IHostedService[] writers = [.. new IHostedService[] { Services.GetRequiredService<OutboxRelay>(), Services.GetRequiredService<UserActivityRecorder>() }
            .Where(running.Contains)];
        foreach (var writer in writers)
        {
            await writer.StopAsync(CancellationToken.None);
        }

        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await _respawner!.ResetAsync(connection);
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.StartAsync(CancellationToken.None);
            }
        }

        await RestoreReferenceDataAsync();
        await Services.GetRequiredService<IFusionCache>().ClearAsync(allowFailSafe: false);
        Logs.Clear();
        if (Directory.Exists(MailPickupDirectory))
        {
            Directory.Delete(MailPickupDirectory, recursive: true);
        }
    }

    /// <summary>Puts back what migrations seed (Respawn's truncation cascades into it): the exercise catalogue.</summary>
    private async Task RestoreReferenceDataAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        context.AddRange(ExerciseCatalogue.Entries);
        await context.SaveChangesAsync();
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Platform", ConnectionString);
        builder.UseSetting("Jwt:SigningKeys:0:KeyId", SigningKeyId);
        builder.UseSetting("Jwt:SigningKeys:0:PrivateKeyPem", SigningKeyPem);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("PasswordReset:LinkTemplate", ResetLinkPrefix + "{token}");
        builder.UseSetting("Notifications:UnsubscribeUrl", PlatformApiFactory.UnsubscribeUrl);
        builder.UseSetting("Mail:PickupDirectory", MailPickupDirectory);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.100");
        // The scheduled jobs never fire by themselves here (in 2099): their tests run them when they mean to.
        foreach (var job in new[] { "daily-digest", "outbox-purge", "credentials-purge", "match-confirmations", "notifications-purge", "partitions", "report-exports-purge", "report-rollups", "workout-reminders" })
        {
            builder.UseSetting($"Jobs:{job}:Cron", "0 0 0 1 1 ? 2099");
        }

        builder.UseSetting("Reports:RowCap", "1000");
        builder.UseSetting("ApiDeprecations:0:Link", "https://api.example.test/docs/v2");
        // Every test signs in from the same (test server) address; the limits get their own tests.
        builder.UseSetting("RateLimits:Api:PermitLimit", "1000000");
        foreach (var policy in new[] { "Login", "Register", "PasswordForgot", "PasswordReset" })
        {
            builder.UseSetting($"RateLimits:{policy}:PerIpPermitLimit", "100000");
            builder.UseSetting($"RateLimits:{policy}:PerAccountPermitLimit", "100000");
        }
        // The fake provider sees every category at every level, so log assertions cover the framework too.
        // The leak trap obeys the host's own rules with every configured level at Trace, as if an operator had turned
        // them all up: what the code itself keeps out of the logs must stay out whatever the configuration says.
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "ZiggyCreatures.Caching.Fusion", "Quartz.Impl.AdoJobStore", "Quartz.Core.QuartzSchedulerThread", LoggingSetup.HostingDiagnostics })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
        }

        builder.ConfigureLogging(logging => logging
            .AddFakeLogging().AddFilter<FakeLoggerProvider>(null, LogLevel.Trace)
            .AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning)
            .AddProvider(LeakTrap));
        WithRedactionKey(builder);
        _configure?.Invoke(builder);
    }

    private async Task RecreateDatabaseAsync()
    {
        var target = new NpgsqlConnectionStringBuilder(ConnectionString);
        var database = target.Database ?? throw new InvalidOperationException("PLATFORM_TEST_CONNECTION names no database.");
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }
}

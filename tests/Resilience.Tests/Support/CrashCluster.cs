using System.Diagnostics;
using Npgsql;

namespace Platform.Resilience.Tests.Support;

/// <summary>
/// The durable PostgreSQL cluster the crash tests may kill: build/test.sh creates it with build/lib-postgres.sh
/// (profile durable, .local/postgres-crash) and names it in PLATFORM_CRASH_CONNECTION, PLATFORM_CRASH_PGDATA and
/// PLATFORM_PG_BIN. Kills touch only the postmaster named by its postmaster.pid; restarts are a plain
/// <c>pg_ctl start -D</c>, so the cluster's own configuration is what brings it back.
/// </summary>
internal sealed class CrashCluster
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private CrashCluster(string connectionString, string dataDirectory, string binDirectory)
    {
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        BinDirectory = binDirectory;
    }

    public string ConnectionString { get; }

    public string DataDirectory { get; }

    private string BinDirectory { get; }

    private string RestartLog => Path.Combine(Path.GetDirectoryName(DataDirectory)!, "restarts.log");

    public static CrashCluster FromEnvironment()
    {
        static string Required(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Run the crash tests with build/test.sh, which starts the durable cluster they may kill.");

        return new CrashCluster(Required("PLATFORM_CRASH_CONNECTION"), Required("PLATFORM_CRASH_PGDATA"), Required("PLATFORM_PG_BIN"));
    }

    /// <summary>The same cluster, for another database of it.</summary>
    public CrashCluster WithDatabase(string database) =>
        new(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString, DataDirectory, BinDirectory);

    public async Task RecreateDatabaseAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
        await using var connection = await OpenAsync("postgres");
        await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        await ExecuteAsync(connection, $"CREATE DATABASE \"{database}\"");
    }

    public async Task<string> ShowAsync(string setting)
    {
        await using var connection = await OpenAsync("postgres");
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Sets (or with null, resets) settings with ALTER SYSTEM, which survives restarts, and reloads them.</summary>
    public async Task AlterSystemAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await using var connection = await OpenAsync("postgres");
        foreach (var (name, value) in settings)
        {
            await ExecuteAsync(connection, value is null ? $"ALTER SYSTEM RESET {name}" : $"ALTER SYSTEM SET {name} = '{value}'");
        }

        await ExecuteAsync(connection, "SELECT pg_reload_conf()");
    }

    /// <summary>Runs a statement or a query of one value in this database; answers the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync(new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The stored id, name and description of the projects with these keys, by key.</summary>
    public async Task<Dictionary<string, (Guid Id, string Name, string? Description)>> ReadProjectsAsync(string[] keys)
    {
        await using var connection = await OpenAsync(new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
        await using var command = new NpgsqlCommand("SELECT key, id, name, description FROM projects WHERE key = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", keys);
        await using var reader = await command.ExecuteReaderAsync();
        var projects = new Dictionary<string, (Guid, string, string?)>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            projects[reader.GetString(0)] = (reader.GetGuid(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        return projects;
    }

    /// <summary>SIGKILL to the postmaster of this data directory, and to nothing else.</summary>
    public int KillPostmaster()
    {
        var pid = int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        using var postmaster = Process.GetProcessById(pid);
        postmaster.Kill();
        postmaster.WaitForExit();
        return pid;
    }

    /// <summary>
    /// A plain <c>pg_ctl start -D</c> (no options: port, socket and durability come from the cluster's configuration),
    /// retried while backends of the killed server still hold its shared memory. Answers how many tries it took.
    /// </summary>
    public async Task<int> StartAsync()
    {
        var deadline = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var (exitCode, output) = await RunPgCtlAsync("start", "-D", DataDirectory, "-l", RestartLog, "-w", "-t", "30");
            if (exitCode == 0)
            {
                return attempt;
            }

            if (deadline.Elapsed > StartDeadline)
            {
                throw new InvalidOperationException(
                    $"pg_ctl start -D {DataDirectory} failed for {StartDeadline} ({attempt} tries). Its last answer:\n{output}\n"
                    + $"The end of {RestartLog}:\n{string.Join('\n', File.ReadLines(RestartLog).TakeLast(20))}\n"
                    + $"PostgreSQL processes still running:\n{await ListPostgresProcessesAsync()}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Starts the cluster unless it already answers: a test that failed mid-run must not leave it down.</summary>
    public async Task EnsureRunningAsync()
    {
        if ((await RunPgCtlAsync("status", "-D", DataDirectory)).ExitCode != 0)
        {
            await StartAsync();
        }
    }

    private Task<(int ExitCode, string Output)> RunPgCtlAsync(params string[] arguments)
    {
        var pgCtl = Path.Combine(BinDirectory, "pg_ctl");
        // PostgreSQL refuses to run as root: as root, run it as the owner of the data directory.
        return Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", pgCtl, .. arguments]) : RunAsync(pgCtl, arguments);
    }

    private static async Task<string> ListPostgresProcessesAsync() =>
        (await RunAsync("ps", ["-o", "pid,ppid,etime,stat,args", "-C", "postgres"])).Output;

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output + await errors).Trim());
    }

    private async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

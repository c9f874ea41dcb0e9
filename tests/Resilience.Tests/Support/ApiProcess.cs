using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.Resilience.Tests.Support;

/// <summary>
/// The built Api (src/Api/bin/&lt;Configuration&gt;) as a process of its own on a free loopback port, Development
/// settings (it migrates its database at start-up), its output in <c>api.log</c> of <paramref name="workDirectory"/>.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri address, string logFile)
    {
        _process = process;
        Address = address;
        LogFile = logFile;
    }

    public Uri Address { get; }

    public string LogFile { get; }

    /// <param name="connectionString">Its database.</param>
    /// <param name="workDirectory">Where its log, development key and mail go.</param>
    /// <param name="settings">More configuration, as environment variables (e.g. <c>Platform__Role</c>).</param>
    public static async Task<ApiProcess> StartAsync(string connectionString, string workDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        Directory.CreateDirectory(workDirectory);
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var logFile = Path.Combine(workDirectory, "api.log");
        var start = new ProcessStartInfo("bash", ["-c", $"exec dotnet \"{RepositoryPaths.ApiAssembly}\" --urls {address} > \"{logFile}\" 2>&1"])
        {
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.ApiAssembly)!,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__Platform"] = connectionString,
                ["Jwt__DevelopmentKeyFile"] = Path.Combine(workDirectory, "jwt-development-key.pem"),
                ["Mail__PickupDirectory"] = Path.Combine(workDirectory, "mail"),
                ["Logging__LogLevel__Default"] = "Warning",
                // The writers are one user writing as fast as they can: the per-caller limit is not what this test is about.
                ["RateLimits__Api__PermitLimit"] = "1000000000",
            },
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var api = new ApiProcess(Process.Start(start)!, address, logFile);
        await api.WaitUntilReadyAsync();
        return api;
    }

    /// <summary>
    /// The settings of a process that only runs the background work (<c>Platform:Role</c> Worker), with the job
    /// <paramref name="jobKey"/> firing every two seconds and each run logged.
    /// </summary>
    public static Dictionary<string, string> WorkerFiring(string jobKey) => new()
    {
        ["Platform__Role"] = "Worker",
        [$"Jobs__{jobKey}__Cron"] = "0/2 * * * * ?",
        ["Logging__LogLevel__Platform.Infrastructure.Jobs"] = "Information",
    };

    /// <summary>What the process has logged so far (read while it still writes); empty before its first line.</summary>
    public string ReadLog()
    {
        if (!File.Exists(LogFile))
        {
            return string.Empty;
        }

        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (PostgreSQL reachable), up to a minute.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The Api exited with code {_process.ExitCode}; see {LogFile}.");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer: try again.
            }

            if (deadline.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new TimeoutException($"The Api was not ready within a minute; see {LogFile}.");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

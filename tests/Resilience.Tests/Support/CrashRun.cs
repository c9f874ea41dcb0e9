using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Resilience.Tests.Support;

/// <summary>How long a crash run lasts: cycles of writing with the server up, then down after a SIGKILL.</summary>
internal sealed record CrashRunOptions(int Cycles, TimeSpan Uptime, TimeSpan Downtime);

/// <summary>
/// Writers create projects through the Api as fast as it answers, while the cluster's postmaster is killed with
/// SIGKILL and restarted with a plain <c>pg_ctl start -D</c>, cycle after cycle; then every project the Api
/// acknowledged (201) is read back from PostgreSQL. A 2xx must never be lost; the only other answer allowed is 503
/// <c>database_unavailable</c> problem details with <c>Retry-After</c> (a write cut off at its commit may answer
/// that and still exist).
/// </summary>
internal sealed class CrashRun(CrashCluster cluster, IReadOnlyList<ApiUser> writers, CrashRunOptions options)
{
    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<AcknowledgedProject> _acknowledged = new();
    private readonly ConcurrentDictionary<string, int> _refusals = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<string> _refusedKeys = new();
    private long _lastAcknowledgedAt;

    public async Task<CrashReport> RunAsync(char keyPrefix)
    {
        using var stop = new CancellationTokenSource();
        var writing = writers.Select((writer, index) => WriteUntilStoppedAsync(writer, $"{keyPrefix}{index}", stop.Token)).ToList();
        var recoveries = new List<TimeSpan>();
        var startAttempts = new List<int>();
        for (var cycle = 0; cycle < options.Cycles; cycle++)
        {
            await Task.Delay(options.Uptime);
            cluster.KillPostmaster();
            await Task.Delay(options.Downtime);
            startAttempts.Add(await cluster.StartAsync());
            recoveries.Add(await TimeUntilNextAcknowledgementAsync(Stopwatch.GetTimestamp()));
        }

        await Task.Delay(options.Uptime);
        await stop.CancelAsync();
        await Task.WhenAll(writing);

        var (lost, changed, refusedButStored) = await ReadBackAsync();
        return new CrashReport(options.Cycles, _acknowledged.Count, lost, changed, refusedButStored,
            new SortedDictionary<string, int>(_refusals), [.. _violations], recoveries, startAttempts);
    }

    private async Task WriteUntilStoppedAsync(ApiUser writer, string keyPrefix, CancellationToken stop)
    {
        for (var number = 0L; !stop.IsCancellationRequested; number++)
        {
            var key = keyPrefix + Base36(number);
            var project = new { key, name = $"Crash {key}", description = Guid.NewGuid().ToString() };
            try
            {
                // Never cancelled mid-flight: an answer that never comes would be a finding, not a shutdown.
                using var response = await writer.Client.PostAsJsonAsync("/api/v1/projects", project, CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var id = (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("id").GetGuid();
                    _acknowledged.Enqueue(new AcknowledgedProject(id, project.key, project.name, project.description));
                    Interlocked.Exchange(ref _lastAcknowledgedAt, Stopwatch.GetTimestamp());
                    continue;
                }

                _refusedKeys.Enqueue(key);
                await RecordRefusalAsync(response);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                _violations.Enqueue($"no answer to POST {key}: {exception.GetType().Name} {exception.Message}");
            }

            // Like a client honouring Retry-After, but sooner, so the outage is probed throughout.
            await Task.Delay(50, CancellationToken.None);
        }
    }

    private async Task RecordRefusalAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var code = ProblemCode(body);
        var answer = $"{(int)response.StatusCode} {code ?? "(no problem code)"}";
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable && code == "database_unavailable"
            && response.Content.Headers.ContentType?.MediaType == "application/problem+json" && response.Headers.RetryAfter is not null)
        {
            _refusals.AddOrUpdate(answer, 1, (_, count) => count + 1);
        }
        else
        {
            _violations.Enqueue($"{answer}{(response.Headers.RetryAfter is null ? string.Empty : " with Retry-After")}: {body[..Math.Min(body.Length, 300)]}");
        }
    }

    private async Task<TimeSpan> TimeUntilNextAcknowledgementAsync(long restartedAt)
    {
        while (Interlocked.Read(ref _lastAcknowledgedAt) < restartedAt && Stopwatch.GetElapsedTime(restartedAt) < RecoveryDeadline)
        {
            await Task.Delay(10);
        }

        return Stopwatch.GetElapsedTime(restartedAt);
    }

    /// <summary>
    /// Reads what PostgreSQL holds for every write: answers how many acknowledged projects are gone or differ, and how
    /// many refused ones were committed after all.
    /// </summary>
    private async Task<(int Lost, int Changed, int RefusedButStored)> ReadBackAsync()
    {
        var stored = await cluster.ReadProjectsAsync([.. _acknowledged.Select(project => project.Key), .. _refusedKeys]);
        var lost = 0;
        var changed = 0;
        foreach (var project in _acknowledged)
        {
            if (!stored.TryGetValue(project.Key, out var row))
            {
                lost++;
            }
            else if (row != (project.Id, project.Name, project.Description))
            {
                changed++;
            }
        }

        return (lost, changed, _refusedKeys.Count(stored.ContainsKey));
    }

    private static string? ProblemCode(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Base36(long number)
    {
        const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var text = string.Empty;
        do
        {
            text = digits[(int)(number % 36)] + text;
            number /= 36;
        }
        while (number > 0);
        return text;
    }

    private sealed record AcknowledgedProject(Guid Id, string Key, string Name, string Description);
}

/// <summary>What a crash run saw, as the closing notes and CI print it.</summary>
internal sealed record CrashReport(
    int Cycles, int Acknowledged, int Lost, int Changed, int RefusedButStored, IReadOnlyDictionary<string, int> Refusals, IReadOnlyList<string> Violations,
    IReadOnlyList<TimeSpan> Recoveries, IReadOnlyList<int> StartAttempts)
{
    public override string ToString() =>
        $"{Cycles} postmaster kills; {Acknowledged} writes acknowledged, {Lost} lost, {Changed} changed; " +
        $"refusals during outages: {(Refusals.Count == 0 ? "none" : string.Join(", ", Refusals.Select(pair => $"{pair.Value} x {pair.Key}")))} " +
        $"({RefusedButStored} of them committed after all: cut off at COMMIT); " +
        $"{Violations.Count} other answers; writes acknowledged again {Recoveries.Min().TotalSeconds:0.00}-{Recoveries.Max().TotalSeconds:0.00} s " +
        $"after each restart; pg_ctl start tries per restart: {string.Join(" ", StartAttempts)}";
}

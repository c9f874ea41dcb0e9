using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Platform.Api.IntegrationTests.Support;
using Platform.Application.Common;
using ZiggyCreatures.Caching.Fusion;

namespace Platform.Api.IntegrationTests.Operations;

/// <summary>OpenTelemetry spans: their tree within a request, the outbox relay in the request's trace, and OTLP export.</summary>
public sealed class TracingTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_request_nests_endpoint_mediatr_validation_commit_and_sql_spans_and_the_relay_delivers_in_the_same_trace()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateProjectAsync(ann.Token);
        var traceId = ActivityTraceId.CreateRandom();
        using var spans = new SpanRecorder();

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/projects/{project}/members") { Content = JsonContent.Create(new { userId = bob.Id, role = "viewer" }) };
        request.Headers.Authorization = new("Bearer", ann.Token);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        (await Client.SendAsync(request)).EnsureSuccessStatusCode();
        var delivery = await spans.WaitForAsync(span => span.TraceId == traceId && span.OperationName == "outbox deliver projects.member-added.v1");

        var trace = spans.Of(traceId);
        var endpoint = Assert.Single(trace, span => span.Source.Name == "Microsoft.AspNetCore");
        var command = Assert.Single(trace, span => span.OperationName == "AddMemberCommand");
        Assert.Equal(endpoint.SpanId, command.ParentSpanId);
        Assert.Equal(("command", "success"), ((string?)command.GetTagItem("platform.request.kind"), (string?)command.GetTagItem(Tracing.OutcomeTag)));
        var validate = Assert.Single(trace, span => span.OperationName == "validate");
        Assert.Equal(command.SpanId, validate.ParentSpanId);
        // The command's commit, and each delivery's (the relay commits a consumer's changes the same way).
        var commit = Assert.Single(trace, span => span.OperationName == "commit" && span.ParentSpanId == command.SpanId);
        Assert.Contains(trace, span => span.OperationName == "commit" && span.ParentSpanId == delivery.SpanId);
        var sql = trace.Where(span => span.Source.Name == "Npgsql").ToList();
        Assert.Contains(sql, span => span.ParentSpanId == command.SpanId);
        Assert.Contains(sql, span => span.ParentSpanId == commit.SpanId);
        Assert.All(sql, span => Assert.DoesNotContain(bob.Id.ToString(), span.DisplayName + string.Join(',', span.TagObjects.Select(tag => tag.Value)), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(ActivityKind.Consumer, delivery.Kind);
        Assert.Contains(trace, span => span.SpanId == delivery.ParentSpanId);
    }

    [Fact]
    public async Task A_refused_command_and_a_cached_query_say_so_on_their_spans()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var project = await CreateProjectAsync(ann.Token);
        using var spans = new SpanRecorder();

        await GetAsync($"/api/v1/projects/{project}", ann.Token);
        await GetAsync($"/api/v1/projects/{project}", ann.Token);
        await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = Guid.NewGuid(), role = "viewer" });

        var reads = await spans.WaitForCountAsync(span => span.OperationName == "GetProjectQuery", 2);
        Assert.Equal([false, true], reads.Select(span => (bool?)span.GetTagItem(Tracing.CacheHitTag)));
        var refused = await spans.WaitForAsync(span => span.OperationName == "AddMemberCommand");
        Assert.Equal(("failure", ActivityStatusCode.Error), ((string?)refused.GetTagItem(Tracing.OutcomeTag), refused.Status));
        Assert.False(string.IsNullOrEmpty((string?)refused.GetTagItem(Tracing.ErrorCodeTag)));
    }

    [Fact]
    public async Task Redis_commands_of_a_cached_read_are_spans_in_its_trace_named_by_command_without_keys()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var node = Factory.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Redis", redis.ConnectionString)
            .UseSetting("Tracing:RedisFlushInterval", "00:00:00.100"));
        using var client = node.CreateClient().AsTestApp();
        var ann = await SignInNewUserAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ann.Token);
        var project = await CreateProjectAsync(client);
        using var spans = new SpanRecorder();
        var traceId = ActivityTraceId.CreateRandom();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/projects/{project}");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        var command = await spans.WaitForAsync(span => span.TraceId == traceId && span.Source.Name == RedisSource);
        Assert.Equal("redis", command.GetTagItem("db.system"));
        var level = Assert.Single(spans.Of(traceId), span => span.SpanId == command.ParentSpanId);
        Assert.Equal(FusionCacheDiagnostics.ActivitySourceNameDistributedLevel, level.Source.Name);
        Assert.All(spans.Of(traceId).Where(span => span.Source.Name == RedisSource), span =>
            Assert.DoesNotContain(project.ToString("N"), span.DisplayName + string.Join(',', span.TagObjects.Select(tag => tag.Value)), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task With_an_otlp_endpoint_configured_spans_are_exported_there_with_the_service_resource()
    {
        using var collector = new OtlpCollector();
        await using var host = Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Endpoint);
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100");
        });
        using var client = host.CreateClient().AsTestApp();

        (await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "ann@example.com", password = Password, displayName = "Ann" })).EnsureSuccessStatusCode();
        var export = await collector.WaitForExportAsync(body => body.Contains("RegisterUserCommand", StringComparison.Ordinal));

        Assert.Equal(("POST", "/v1/traces", "application/x-protobuf"), (export.Method, export.Path, export.ContentType));
        Assert.Contains("platform", export.Body, StringComparison.Ordinal);
        Assert.Contains("RegisterUserCommand", export.Body, StringComparison.Ordinal);
        Assert.Contains("service.instance.id", export.Body, StringComparison.Ordinal);
        Assert.Contains("deployment.environment.name", export.Body, StringComparison.Ordinal);
    }

    private const string RedisSource = "OpenTelemetry.Instrumentation.StackExchangeRedis";

    private async Task<Guid> CreateProjectAsync(string token)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", token, new { key = "GPR", name = "Garden" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> CreateProjectAsync(HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/v1/projects", new { key = "GPR", name = "Garden" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Every span of the ASP.NET Core, Npgsql, Redis, FusionCache's Redis level and platform sources that ends while it listens.</summary>
    private sealed class SpanRecorder : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _stopped = new();

        public SpanRecorder()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "Npgsql" or RedisSource or Tracing.SourceName
                    or FusionCacheDiagnostics.ActivitySourceNameDistributedLevel,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public List<Activity> Of(ActivityTraceId traceId) => [.. _stopped.Where(span => span.TraceId == traceId)];

        public async Task<Activity> WaitForAsync(Func<Activity, bool> match) => (await WaitForCountAsync(match, 1))[0];

        public async Task<List<Activity>> WaitForCountAsync(Func<Activity, bool> match, int count)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var found = _stopped.Where(match).OrderBy(span => span.StartTimeUtc).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                await Task.Delay(50);
            }

            throw new Xunit.Sdk.XunitException($"Fewer than {count} matching spans ended within 5 s.");
        }

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>A minimal OTLP/HTTP endpoint on a loopback port: it answers 200 and keeps every export it receives.</summary>
    private sealed class OtlpCollector : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly ConcurrentQueue<(string Method, string Path, string ContentType, string Body)> _exports = new();

        public OtlpCollector()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public string Endpoint => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

        /// <summary>The first export whose body matches, waiting up to 15 s for it.</summary>
        public async Task<(string Method, string Path, string ContentType, string Body)> WaitForExportAsync(Func<string, bool> body)
        {
            for (var attempt = 0; attempt < 300; attempt++)
            {
                if (_exports.FirstOrDefault(export => body(export.Body)) is { Method: not null } found)
                {
                    return found;
                }

                await Task.Delay(50);
            }

            throw new Xunit.Sdk.XunitException($"No matching export within 15 s ({_exports.Count} received).");
        }

        public void Dispose() => _listener.Stop();

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    using var client = await _listener.AcceptTcpClientAsync();
                    var stream = client.GetStream();
                    var head = await ReadHeadAsync(stream);
                    var lines = head.Split("\r\n");
                    var parts = lines[0].Split(' ');
                    var headers = lines.Skip(1).Where(line => line.Contains(':', StringComparison.Ordinal))
                        .ToDictionary(line => line[..line.IndexOf(':', StringComparison.Ordinal)].Trim(), line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), StringComparer.OrdinalIgnoreCase);
                    var body = new byte[int.Parse(headers.GetValueOrDefault("Content-Length", "0"), System.Globalization.CultureInfo.InvariantCulture)];
                    await stream.ReadExactlyAsync(body);
                    await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
                    _exports.Enqueue((parts[0], parts[1], headers.GetValueOrDefault("Content-Type", ""), Encoding.Latin1.GetString(body)));
                }
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or IOException)
            {
                // The collector was disposed.
            }
        }

        private static async Task<string> ReadHeadAsync(NetworkStream stream)
        {
            var head = new StringBuilder();
            var buffer = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer) == 1)
            {
                head.Append((char)buffer[0]);
            }

            return head.ToString();
        }
    }
}

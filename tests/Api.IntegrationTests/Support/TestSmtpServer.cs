using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>
/// An SMTP server on a loopback port (the SmtpServer library) that keeps every message it accepts. It can be told to
/// refuse the next messages, temporarily (451) or for good (550), as a real server would answer after DATA.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly ConcurrentQueue<SmtpReplyCode> _refusals = new();

    public TestSmtpServer()
    {
        Port = FreeLoopbackPort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<string> Messages { get; } = new();

    /// <summary>How many messages were refused so far.</summary>
    public int Refused => _refusedCount;

    private int _refusedCount;

    /// <summary>Answers the next <paramref name="count"/> messages with 451 (try again later).</summary>
    public void RefuseTemporarily(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _refusals.Enqueue((SmtpReplyCode)451);
        }
    }

    /// <summary>Answers the next message with 550 (mailbox unavailable, do not try again).</summary>
    public void RefusePermanently() => _refusals.Enqueue((SmtpReplyCode)550);

    public async Task<string> WaitForMessageAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Messages.TryPeek(out _))
        {
            Assert.True(DateTime.UtcNow < deadline, "The SMTP server received no message in 15 seconds.");
            await Task.Delay(50);
        }

        Messages.TryPeek(out var message);
        return message!;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server._refusals.TryDequeue(out var refusal))
            {
                Interlocked.Increment(ref server._refusedCount);
                // As real servers do, the answer quotes the address: it must not reach the logs or the outbox.
                return Task.FromResult(new SmtpResponse(refusal, $"<{transaction.To[0].User}@{transaction.To[0].Host}>: refused by the test"));
            }

            server.Messages.Enqueue(Encoding.UTF8.GetString(buffer.ToArray()));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}

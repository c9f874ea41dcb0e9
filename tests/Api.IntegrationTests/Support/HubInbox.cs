using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>One signed-in client's connection to the notifications hub (WebSockets, .NET SignalR client) and the events it received, in order.</summary>
public sealed class HubInbox : IAsyncDisposable
{
    private static readonly string[] EventNames =
        ["projectUpdated", "projectArchived", "projectDeleted", "memberAdded", "memberRemoved", "memberRoleChanged"];

    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<(string Name, JsonElement Body)> _received = new();

    private HubInbox(HubConnection connection)
    {
        _connection = connection;
        _connection.Closed += _ =>
        {
            Closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    /// <summary>Completes when the server closes the connection.</summary>
    public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(string Name, JsonElement Body)> Received => [.. _received];

    /// <summary>Connects and listens to the projects' events, or to the events named in <paramref name="listenTo"/>.</summary>
    public static async Task<HubInbox> ConnectAsync(
        WebApplicationFactory<Program> factory, string? token, Func<JsonElement, Task>? onEvent = null, IReadOnlyList<string>? listenTo = null)
    {
        var path = token is null ? "hubs/notifications" : $"hubs/notifications?access_token={Uri.EscapeDataString(token)}";
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                    await factory.Server.CreateWebSocketClient().ConnectAsync(context.Uri, cancellationToken);
            })
            .Build();
        var inbox = new HubInbox(connection);
        foreach (var name in listenTo ?? EventNames)
        {
            connection.On<JsonElement>(name, async body =>
            {
                inbox._received.Enqueue((name, body));
                if (onEvent is not null)
                {
                    await onEvent(body);
                }
            });
        }

        try
        {
            await connection.StartAsync();
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return inbox;
    }

    /// <summary>The names of the first <paramref name="count"/> events, waiting up to 10 seconds for them.</summary>
    public async Task<List<string>> NamesAsync(int count)
    {
        for (var waited = 0; _received.Count < count && waited < 200; waited++)
        {
            await Task.Delay(50);
        }

        return [.. _received.Select(received => received.Name)];
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

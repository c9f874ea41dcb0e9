using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Platform.Api.Realtime;

/// <summary>The open connections of this node's notifications hub, with the session each was opened with.</summary>
internal sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, OpenConnection> _open = new(StringComparer.Ordinal);

    public IEnumerable<OpenConnection> Open => _open.Values;

    /// <summary>Remembers a connection opened with one of our access tokens (an external provider's has no session to watch).</summary>
    public void Add(HubCallerContext connection)
    {
        if (Guid.TryParse(connection.User?.FindFirst("sid")?.Value, out var sessionId) && Guid.TryParse(connection.User?.FindFirst("sub")?.Value, out var userId))
        {
            _open[connection.ConnectionId] = new OpenConnection(connection, sessionId, userId);
        }
    }

    public void Remove(string connectionId) => _open.TryRemove(connectionId, out _);
}

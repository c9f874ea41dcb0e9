using Microsoft.AspNetCore.SignalR;

namespace Platform.Api.Realtime;

/// <summary>A hub connection and the session and user of the token that opened it.</summary>
internal sealed record OpenConnection(HubCallerContext Connection, Guid SessionId, Guid UserId);

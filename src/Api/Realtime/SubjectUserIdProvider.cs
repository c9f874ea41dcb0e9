using Microsoft.AspNetCore.SignalR;

namespace Platform.Api.Realtime;

/// <summary>A connection belongs to the user its access token names in <c>sub</c>, so events addressed to user ids reach every device of that user.</summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.FindFirst("sub")?.Value;
}

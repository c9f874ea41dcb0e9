namespace Platform.Application.Common.Realtime;

/// <summary>Something that happened, pushed to the signed-in clients of <paramref name="Recipients"/> (users by id).</summary>
/// <param name="Name">What the clients listen for, e.g. projectUpdated.</param>
/// <param name="Recipients">The users who may see it; nobody else receives it.</param>
/// <param name="Payload">The event's body, serialized as camelCase JSON.</param>
public sealed record RealtimeEvent(string Name, IReadOnlyCollection<Guid> Recipients, object Payload);

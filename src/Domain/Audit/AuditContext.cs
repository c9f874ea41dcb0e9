namespace Platform.Domain.Audit;

/// <summary>The who and where of an <see cref="AuditEvent"/>; every part is optional.</summary>
public sealed record AuditContext
{
    public Guid? UserId { get; init; }

    public Guid? ActorId { get; init; }

    public string? Email { get; init; }

    public Guid? SessionId { get; init; }

    public string? IpAddress { get; init; }

    public string? DeviceId { get; init; }

    public string? AppType { get; init; }

    public string? Detail { get; init; }
}

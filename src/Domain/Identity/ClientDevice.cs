namespace Platform.Domain.Identity;

/// <summary>The app and device a request comes from, as its headers and connection describe them.</summary>
public sealed record ClientDevice(string AppType, string AppVersion, string DeviceId, string? IpAddress, string? UserAgent);

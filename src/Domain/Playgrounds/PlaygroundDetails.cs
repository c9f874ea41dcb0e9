namespace Platform.Domain.Playgrounds;

/// <summary>Everything its creator says about a playground; the aggregate checks each part.</summary>
public sealed record PlaygroundDetails(
    string? Name,
    string? Address,
    string? City,
    double Latitude,
    double Longitude,
    IReadOnlyCollection<string>? Sports,
    string? Surface,
    int Pitches,
    IReadOnlyCollection<OpeningInterval>? OpeningHours,
    string? TimeZone);

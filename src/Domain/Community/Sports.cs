namespace Platform.Domain.Community;

/// <summary>
/// The sports the community knows, as the snake_case codes clients send and filter by. A closed list, so that "football"
/// and "Football " are one sport in every filter and unique team names are unique within a sport.
/// </summary>
public static class Sports
{
    public static readonly IReadOnlyList<string> All =
    [
        "football", "futsal", "basketball", "streetball", "volleyball", "beach_volleyball", "handball", "ice_hockey",
        "floorball", "rugby", "tennis", "table_tennis", "badminton", "baseball", "cricket", "ultimate_frisbee",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string? sport) => sport is not null && Known.Contains(sport);
}

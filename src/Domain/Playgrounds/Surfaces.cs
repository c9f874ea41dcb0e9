namespace Platform.Domain.Playgrounds;

/// <summary>What a playground's pitches are laid with, as the snake_case codes clients send.</summary>
public static class Surfaces
{
    public static readonly IReadOnlyList<string> All =
        ["natural_grass", "artificial_turf", "rubber", "asphalt", "concrete", "parquet", "sand", "clay", "ice", "other"];

    public static bool IsKnown(string? surface) => surface is not null && All.Contains(surface);
}

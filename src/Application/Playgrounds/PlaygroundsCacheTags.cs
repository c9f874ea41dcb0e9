namespace Platform.Application.Playgrounds;

/// <summary>The cache tags of the Playgrounds module: one per playground (lists are not cached).</summary>
public static class PlaygroundsCacheTags
{
    public static string For(Guid id) => $"playgrounds:{id:N}";
}

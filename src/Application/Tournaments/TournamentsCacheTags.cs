namespace Platform.Application.Tournaments;

/// <summary>The cache tags of the Tournaments module: one per aggregate, one for the list every user reads.</summary>
public static class TournamentsCacheTags
{
    /// <summary>Every page of the list, whoever reads it: any change to any tournament makes them stale.</summary>
    public const string List = "tournaments:list";

    public static string For(Guid id) => $"tournaments:{id:N}";
}

namespace Platform.Application.Teams;

/// <summary>The cache tags of the Teams module: one per aggregate, one for the list every user reads.</summary>
public static class TeamsCacheTags
{
    /// <summary>Every page of the list, whoever reads it: any change to any team makes them stale.</summary>
    public const string List = "teams:list";

    public static string For(Guid id) => $"teams:{id:N}";
}

namespace Platform.Application.Projects;

/// <summary>The cache tags of the Projects module: one per project, one per member's list of projects.</summary>
public static class ProjectsCacheTags
{
    public static string For(Guid id) => $"projects:{id:N}";

    public static string ForMember(Guid userId) => $"projects:member:{userId:N}";

    /// <summary>What a change to the project makes stale: the project and the lists of everyone in <paramref name="memberIds"/>.</summary>
    public static IEnumerable<string> ForChange(Guid id, IEnumerable<Guid> memberIds) => [For(id), .. memberIds.Select(ForMember)];
}

namespace Platform.Application.PlatformModule;

#if (shared)
/// <summary>The cache tags of the PlatformModule module: one per aggregate, one for the list every user reads.</summary>
public static class PlatformModuleCacheTags
{
    /// <summary>Every page of the list, whoever reads it: any change to any platformEntity makes them stale.</summary>
    public const string List = "platform-module:list";

    public static string For(Guid id) => $"platform-module:{id:N}";
}
#else
/// <summary>The cache tags of the PlatformModule module: one per aggregate, one per owner's list.</summary>
public static class PlatformModuleCacheTags
{
    public static string For(Guid id) => $"platform-module:{id:N}";

    public static string ForOwner(Guid ownerId) => $"platform-module:owner:{ownerId:N}";
}
#endif

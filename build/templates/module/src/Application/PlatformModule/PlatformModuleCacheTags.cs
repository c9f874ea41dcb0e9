namespace Platform.Application.PlatformModule;

/// <summary>The cache tags of the PlatformModule module: one per aggregate, one per owner's list.</summary>
public static class PlatformModuleCacheTags
{
    public static string For(Guid id) => $"platform-module:{id:N}";

    public static string ForOwner(Guid ownerId) => $"platform-module:owner:{ownerId:N}";
}

namespace Platform.Application.Common.Caching;

/// <summary>Tag names shared by queries that cache and commands that invalidate, so both spell them the same way.</summary>
public static class CacheTag
{
    public static string ForUser(Guid userId) => $"user:{userId:N}";

    public static string ForSession(Guid sessionId) => $"session:{sessionId:N}";
}

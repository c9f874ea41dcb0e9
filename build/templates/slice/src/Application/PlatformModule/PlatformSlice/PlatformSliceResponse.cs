namespace Platform.Application.PlatformModule.PlatformSlice;

/// <summary>The platformEntity as clients see it.</summary>
#if (isAction)
public sealed record PlatformSliceResponse(Guid Id, string Name, bool IsArchived, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
#else
public sealed record PlatformSliceResponse(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
#endif

namespace Platform.Application.PlatformModule.PlatformSlice;

/// <summary>The platformEntity as clients see it.</summary>
public sealed record PlatformSliceResponse(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

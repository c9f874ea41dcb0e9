namespace Platform.Application.PlatformModule.PlatformSlice;

#if (isCreate)
/// <summary>Creates one platformEntity owned by the caller.</summary>
public sealed record PlatformSliceCommand(string? Name) : ICommand<PlatformSliceResponse>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid OwnerId { get; init; }
}
#elif (isAction)
/// <summary>Archives one of the caller's platformEntity aggregates; archiving an archived one changes nothing.</summary>
public sealed record PlatformSliceCommand(Guid Id, Guid OwnerId) : ICommand<PlatformSliceResponse>;
#elif (isChange)
/// <summary>Renames one of the caller's platformEntity aggregates.</summary>
public sealed record PlatformSliceCommand(string? Name) : ICommand<PlatformSliceResponse>
{
    /// <summary>The platformEntity, set by the endpoint from the route.</summary>
    public required Guid Id { get; init; }

    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid OwnerId { get; init; }
}
#else
/// <summary>Deletes one of the caller's platformEntity aggregates.</summary>
public sealed record PlatformSliceCommand(Guid Id, Guid OwnerId) : ICommand<Unit>;
#endif

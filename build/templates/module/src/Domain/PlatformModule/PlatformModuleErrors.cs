namespace Platform.Domain.PlatformModule;

/// <summary>The expected failures of the PlatformModule module, with the codes clients see.</summary>
public static class PlatformModuleErrors
{
    public static readonly Error NameInvalid =
        Error.Validation("platform_entity_name_invalid", "The name must be 1 to 200 characters without control characters.");

#if (shared)
    /// <summary>Only for an id that does not exist: every signed-in user reads every platformEntity.</summary>
    public static readonly Error NotFound =
        Error.NotFound("platform_entity_not_found", "The platformEntity does not exist.");

    /// <summary>Another user's change: the platformEntity is visible to everyone but changed by its owner only.</summary>
    public static readonly Error PermissionDenied =
        Error.Forbidden("platform_entity_permission_denied", "Only the platformEntity owner may change it.");
#else
    /// <summary>Also the answer for another user's platformEntity, so that ids of others cannot be probed.</summary>
    public static readonly Error NotFound =
        Error.NotFound("platform_entity_not_found", "The platformEntity does not exist.");
#endif
}

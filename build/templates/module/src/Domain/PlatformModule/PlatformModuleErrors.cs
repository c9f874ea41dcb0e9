namespace Platform.Domain.PlatformModule;

/// <summary>The expected failures of the PlatformModule module, with the codes clients see.</summary>
public static class PlatformModuleErrors
{
    public static readonly Error NameInvalid =
        Error.Validation("platform_entity_name_invalid", "The name must be 1 to 200 characters without control characters.");

    /// <summary>Also the answer for another user's platformEntity, so that ids of others cannot be probed.</summary>
    public static readonly Error NotFound =
        Error.NotFound("platform_entity_not_found", "The platformEntity does not exist.");
}

namespace Platform.Domain.Projects;

/// <summary>The expected failures of the Projects module, with the codes clients see.</summary>
public static class ProjectsErrors
{
    public static readonly Error KeyInvalid =
        Error.Validation("project_key_invalid", "The key must be 2 to 10 letters and digits, starting with a letter (e.g. GPR).");

    public static readonly Error KeyTaken =
        Error.Conflict("project_key_taken", "Another project has this key.");

    public static readonly Error NameInvalid =
        Error.Validation("project_name_invalid", "The name must be 1 to 200 characters without control characters.");

    public static readonly Error DescriptionInvalid =
        Error.Validation("project_description_invalid", "The description must be at most 4000 characters.");

    public static readonly Error TagsInvalid =
        Error.Validation("project_tags_invalid", "At most 20 tags, each 1 to 32 letters, digits, '-' or '_'.");

    /// <summary>Also the answer for a project the caller is not a member of, so that ids of others cannot be probed.</summary>
    public static readonly Error NotFound =
        Error.NotFound("project_not_found", "The project does not exist.");

    public static readonly Error PermissionDenied =
        Error.Forbidden("project_permission_denied", "Your role in this project does not allow this.");

    public static readonly Error Archived =
        Error.Conflict("project_archived", "The project is archived and read-only; restore it first.");

    public static readonly Error VersionMismatch =
        Error.PreconditionFailed("precondition_failed", "The project changed since you read it (If-Match does not match its ETag); read it again.");

    public static readonly Error MemberNotFound =
        Error.NotFound("project_member_not_found", "The user is not a member of this project.");

    public static readonly Error AlreadyMember =
        Error.Conflict("project_member_exists", "The user is already a member of this project.");

    public static readonly Error OwnerRoleReserved =
        Error.Validation("project_owner_role_reserved", "There is one owner; ownership changes only by a transfer.");

    public static readonly Error OwnerCannotLeave =
        Error.Conflict("project_owner_cannot_leave", "The owner cannot leave or be removed; transfer the ownership first.");
}

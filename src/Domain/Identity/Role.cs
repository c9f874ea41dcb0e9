namespace Platform.Domain.Identity;

/// <summary>The roles a user can hold. Stored by name, so new roles need no schema change.</summary>
public static class Role
{
    public const string User = "user";
    public const string Admin = "admin";

    /// <summary>Looks after the community: settles disputed friendlies, edits or removes any playground.</summary>
    public const string Moderator = "moderator";

    public static readonly IReadOnlyList<string> All = [User, Moderator, Admin];

    public static readonly Error RolesInvalid = Error.Validation("roles_invalid", "Roles must be a non-empty set of: user, moderator, admin.");
}

using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>Statuses and roles as clients write and read them: lower-case words.</summary>
public static class ProjectNames
{
    public static readonly IReadOnlyList<string> Roles = ["owner", "maintainer", "member", "viewer"];

    /// <summary>The roles a member can be given; the owner's role passes only by a transfer.</summary>
    public static readonly IReadOnlyList<string> MemberRoles = [.. Roles.Where(role => role != "owner")];

    public static readonly IReadOnlyList<string> Statuses = ["active", "archived"];

    public static string Of(ProjectStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(ProjectRole role) => role.ToString().ToLowerInvariant();

    public static ProjectRole? RoleFrom(string? name) =>
        Enum.TryParse<ProjectRole>(name, ignoreCase: true, out var role) && Roles.Contains(name!.ToLowerInvariant()) ? role : null;

    public static ProjectStatus? StatusFrom(string? name) =>
        Enum.TryParse<ProjectStatus>(name, ignoreCase: true, out var status) && Statuses.Contains(name!.ToLowerInvariant()) ? status : null;
}

namespace Platform.Domain.Projects;

public enum ProjectStatus
{
    Active = 0,

    /// <summary>Read-only until restored.</summary>
    Archived = 1,
}

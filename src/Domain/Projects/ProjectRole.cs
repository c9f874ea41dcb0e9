namespace Platform.Domain.Projects;

/// <summary>What a member may do, from most to least: the order of the values is the order of power.</summary>
public enum ProjectRole
{
    Viewer = 0,
    Member = 1,
    Maintainer = 2,
    Owner = 3,
}

namespace Platform.Application.Projects;

/// <summary>The orders of the v2 project list; every order ends on the id, so a keyset cursor is exact.</summary>
public enum ProjectSearchSort
{
    /// <summary>Best match of <c>q</c> first (needs <c>q</c>).</summary>
    Relevance,

    /// <summary>Name A-Z.</summary>
    Name,

    /// <summary>Name Z-A.</summary>
    NameDescending,

    /// <summary>Oldest first.</summary>
    Created,

    /// <summary>Newest first: the default without <c>q</c>.</summary>
    CreatedDescending,

    /// <summary>Least recently changed first.</summary>
    Updated,

    /// <summary>Most recently changed first.</summary>
    UpdatedDescending,
}

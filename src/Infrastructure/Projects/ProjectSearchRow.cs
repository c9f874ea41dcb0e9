namespace Platform.Infrastructure.Projects;

/// <summary>A row of the v2 list query (column names follow the snake_case convention).</summary>
internal sealed record ProjectSearchRow(
    Guid Id,
    string Key,
    string Name,
    string Description,
    string[] Tags,
    string Status,
    Guid OwnerId,
    string Role,
    int MemberCount,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    float Score);

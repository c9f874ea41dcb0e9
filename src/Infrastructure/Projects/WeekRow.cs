namespace Platform.Infrastructure.Projects;

/// <summary>A row of the created-per-week query (column names follow the snake_case convention).</summary>
internal sealed record WeekRow(DateOnly WeekStart, int Count);

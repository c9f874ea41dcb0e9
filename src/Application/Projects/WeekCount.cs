namespace Platform.Application.Projects;

/// <summary>How many projects were created in the week that starts on Monday <paramref name="WeekStart"/> (UTC).</summary>
/// <param name="WeekStart">The Monday the week starts on.</param>
/// <param name="Count">Projects created that week.</param>
public sealed record WeekCount(DateOnly WeekStart, int Count);

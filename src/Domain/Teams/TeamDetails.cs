namespace Platform.Domain.Teams;

/// <summary>What a captain sets on a team; <see cref="RosterLimit"/> null is the default of 25.</summary>
public sealed record TeamDetails(string? Name, string? Sport, string? City, bool Recruiting, int? RosterLimit);

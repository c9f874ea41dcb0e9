namespace Platform.Application.Identity;

/// <summary>Which accounts an administrator's list shows; every given condition must hold.</summary>
/// <param name="Search">Part of the e-mail address or display name, case-insensitive.</param>
/// <param name="Role">Accounts holding this role.</param>
/// <param name="Locked">Locked (true) or not locked (false) at <paramref name="Now"/>.</param>
/// <param name="Now">The time locks are judged at.</param>
public sealed record UserListFilter(string? Search, string? Role, bool? Locked, DateTimeOffset Now);

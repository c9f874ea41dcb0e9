using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>What a v2 list asks the repository for: the member's projects matching every given filter, in one order.</summary>
/// <param name="UserId">The member whose projects are listed.</param>
/// <param name="Terms">The words of <c>q</c> (letters and digits only); empty without a search.</param>
/// <param name="Text">The whole of <c>q</c>, trimmed, for typo-tolerant matching; null without a search.</param>
/// <param name="Status">Only projects in this status.</param>
/// <param name="Role">Only projects where the member has this role.</param>
/// <param name="Tag">Only projects with this (lower-case) tag.</param>
/// <param name="OwnerId">Only projects this user owns.</param>
/// <param name="CreatedFrom">Created at or after (inclusive).</param>
/// <param name="CreatedTo">Created before (exclusive).</param>
/// <param name="UpdatedFrom">Last changed at or after (inclusive).</param>
/// <param name="UpdatedTo">Last changed before (exclusive).</param>
/// <param name="Sort">The order.</param>
/// <param name="After">Where the previous page ended; null for the first page.</param>
/// <param name="Take">How many rows at most.</param>
public sealed record ProjectSearchCriteria(
    Guid UserId,
    IReadOnlyList<string> Terms,
    string? Text,
    ProjectStatus? Status,
    ProjectRole? Role,
    string? Tag,
    Guid? OwnerId,
    DateTimeOffset? CreatedFrom,
    DateTimeOffset? CreatedTo,
    DateTimeOffset? UpdatedFrom,
    DateTimeOffset? UpdatedTo,
    ProjectSearchSort Sort,
    ProjectSearchPosition? After,
    int Take);

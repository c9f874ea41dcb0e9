using Platform.Domain.Projects;

namespace Platform.Application.Projects;

/// <summary>A member joined with their account's public name.</summary>
public sealed record ProjectMemberView(Guid UserId, string DisplayName, ProjectRole Role, DateTimeOffset JoinedAt);

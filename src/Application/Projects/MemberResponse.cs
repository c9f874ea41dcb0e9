using Mapster;

namespace Platform.Application.Projects;

/// <summary>A member of a project.</summary>
/// <param name="UserId">The member's account.</param>
/// <param name="DisplayName">Their public name.</param>
/// <param name="Role">owner, maintainer, member or viewer.</param>
/// <param name="JoinedAt">When they joined (UTC).</param>
public sealed record MemberResponse(Guid UserId, string DisplayName, string Role, DateTimeOffset JoinedAt);

internal sealed class MemberMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<ProjectMemberView, MemberResponse>().Map(response => response.Role, member => ProjectNames.Of(member.Role));
}

using Mapster;
using Platform.Domain.Teams;

namespace Platform.Application.Teams;

/// <summary>A team as every signed-in user sees it.</summary>
/// <param name="Id">The team's id.</param>
/// <param name="Name">1-100 characters, unique within the sport whatever the case.</param>
/// <param name="Sport">The sport's code, e.g. football.</param>
/// <param name="City">Where the team plays.</param>
/// <param name="Recruiting">Whether it takes applications.</param>
/// <param name="RosterLimit">The most members it holds, the captain included (1-100).</param>
/// <param name="MemberCount">How many members it has.</param>
/// <param name="CaptainId">The one captain.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="Version">The version the ETag names; send it back in If-Match to change the team.</param>
public sealed record TeamResponse(
    Guid Id,
    string Name,
    string Sport,
    string City,
    bool Recruiting,
    int RosterLimit,
    int MemberCount,
    Guid CaptainId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);

internal sealed class TeamMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Team, TeamResponse>().Map(response => response.MemberCount, team => team.Members.Count);
}

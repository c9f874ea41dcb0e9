using Platform.Domain.Teams;

namespace Platform.Domain.UnitTests.Teams;

public sealed class TeamTests
{
    private static readonly Guid Captain = Guid.CreateVersion7();
    private static readonly Guid Member = Guid.CreateVersion7();
    private static readonly Guid Stranger = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 18, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_new_team_has_its_creator_as_captain_and_only_member_and_the_default_roster_limit()
    {
        var team = Team.Create(Captain, new TeamDetails("  Dynamo  ", "football", " Berlin ", true, null), Now).Value;

        Assert.Equal(7, team.Id.Version);
        Assert.Equal(("Dynamo", "DYNAMO", "football", "Berlin", "BERLIN"), (team.Name, team.NameKey, team.Sport, team.City, team.CityKey));
        Assert.Equal((Captain, Team.DefaultRosterLimit, true, 1L), (team.CaptainId, team.RosterLimit, team.Recruiting, team.Version));
        Assert.Equal(Captain, Assert.Single(team.Members).UserId);
        Assert.Equal(new TeamCreated(team.Id, Captain), Assert.Single(team.DomainEvents));
        Assert.Equal(TimeSpan.Zero, team.CreatedAt.Offset);
    }

    [Theory]
    [InlineData(" ", "football", "Berlin", null, "team_name_invalid")]
    [InlineData("Dyn\0amo", "football", "Berlin", null, "team_name_invalid")]
    [InlineData("Dynamo", "chess", "Berlin", null, "sport_unknown")]
    [InlineData("Dynamo", "football", "", null, "city_invalid")]
    [InlineData("Dynamo", "football", "Berlin", 0, "roster_limit_invalid")]
    [InlineData("Dynamo", "football", "Berlin", 101, "roster_limit_invalid")]
    public void Bad_details_are_refused(string name, string sport, string city, int? limit, string code)
    {
        Assert.Equal(code, Team.Create(Captain, new TeamDetails(name, sport, city, true, limit), Now).Error!.Code);
    }

    [Fact]
    public void Only_the_captain_updates_and_the_limit_cannot_fall_below_the_roster()
    {
        var team = TeamWithMember();

        Assert.Equal("team_permission_denied", team.Update(Member, new TeamDetails("Other", "futsal", "Berlin", false, 10), Now).Error!.Code);
        Assert.Equal("roster_limit_below_roster", team.Update(Captain, new TeamDetails("Other", "futsal", "Berlin", false, 1), Now).Error!.Code);
        var updated = team.Update(Captain, new TeamDetails("Other", "futsal", "Hamburg", false, 2), Now.AddHours(1));

        Assert.True(updated.IsSuccess);
        Assert.Equal(("Other", "futsal", "Hamburg", false, 2), (team.Name, team.Sport, team.City, team.Recruiting, team.RosterLimit));
        Assert.Equal(3L, team.Version);
        Assert.Contains(new TeamUpdated(team.Id, Captain), team.DomainEvents);
    }

    [Fact]
    public void The_captaincy_goes_only_to_a_member_and_the_former_captain_stays()
    {
        var team = TeamWithMember();

        Assert.Equal("team_member_not_found", team.HandOverCaptaincy(Captain, Stranger, Now).Error!.Code);
        Assert.Equal("team_permission_denied", team.HandOverCaptaincy(Member, Member, Now).Error!.Code);
        Assert.True(team.HandOverCaptaincy(Captain, Member, Now).IsSuccess);

        Assert.True(team.IsCaptain(Member) && team.HasMember(Captain));
        Assert.Contains(new TeamCaptainChanged(team.Id, Captain, Member), team.DomainEvents);
    }

    [Fact]
    public void A_member_leaves_the_captain_removes_others_and_the_captain_must_hand_over_first()
    {
        var team = TeamWithMember();

        Assert.Equal("captain_must_hand_over", team.RemoveMember(Captain, Captain, Now).Error!.Code);
        Assert.Equal("team_permission_denied", team.RemoveMember(Member, Captain, Now).Error!.Code);
        Assert.Equal("team_member_not_found", team.RemoveMember(Captain, Stranger, Now).Error!.Code);
        Assert.True(team.RemoveMember(Member, Member, Now).IsSuccess);
        Assert.False(team.HasMember(Member));
        Assert.Contains(new TeamMemberLeft(team.Id, Member, Member), team.DomainEvents);
    }

    [Fact]
    public void Admitting_stops_at_the_roster_limit_and_at_members()
    {
        var team = Team.Create(Captain, new TeamDetails("Dynamo", "football", "Berlin", true, 2), Now).Value;

        Assert.True(team.Admit(Member, Now).IsSuccess);
        Assert.Equal("already_member", team.Admit(Member, Now).Error!.Code);
        Assert.Equal("roster_full", team.Admit(Stranger, Now).Error!.Code);
        Assert.True(team.IsFull);
    }

    [Fact]
    public void Only_the_captain_deletes_and_the_event_names_the_roster()
    {
        var team = TeamWithMember();

        Assert.Equal("team_permission_denied", team.Delete(Member).Error!.Code);
        Assert.True(team.Delete(Captain).IsSuccess);
        var deleted = Assert.IsType<TeamDeleted>(team.DomainEvents[^1]);
        Assert.Equal([Captain, Member], deleted.MemberIds);
    }

    private static Team TeamWithMember()
    {
        var team = Team.Create(Captain, new TeamDetails("Dynamo", "football", "Berlin", true, null), Now).Value;
        team.Admit(Member, Now);
        return team;
    }
}

using Platform.Domain.Teams;

namespace Platform.Domain.UnitTests.Teams;

public sealed class TeamApplicationTests
{
    private static readonly Guid Captain = Guid.CreateVersion7();
    private static readonly Guid Applicant = Guid.CreateVersion7();
    private static readonly Guid Stranger = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 18, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_player_applies_to_a_recruiting_team_and_the_captain_is_told()
    {
        var team = NewTeam();

        var application = TeamApplication.Submit(team, Applicant, "  I play left back \n", false, null, Now).Value;

        Assert.Equal((ApplicationStatus.Pending, "I play left back", team.Id), (application.Status, application.Message, application.TeamId));
        Assert.Equal(new ApplicationSubmitted(application.Id, team.Id, "Dynamo", Applicant, Captain), Assert.Single(application.DomainEvents));
        Assert.True(application.IsVisibleTo(team, Applicant) && application.IsVisibleTo(team, Captain));
        Assert.False(application.IsVisibleTo(team, Stranger));
    }

    [Fact]
    public void A_member_a_closed_team_and_a_second_pending_application_are_refused()
    {
        var closed = NewTeam(recruiting: false);

        Assert.Equal("already_member", TeamApplication.Submit(NewTeam(), Captain, null, false, null, Now).Error!.Code);
        Assert.Equal("team_not_recruiting", TeamApplication.Submit(closed, Applicant, null, false, null, Now).Error!.Code);
        Assert.Equal("application_already_pending", TeamApplication.Submit(NewTeam(), Applicant, null, true, null, Now).Error!.Code);
        Assert.Equal("application_message_invalid", TeamApplication.Submit(NewTeam(), Applicant, "bell\a", false, null, Now).Error!.Code);
        Assert.Equal("application_message_invalid",
            TeamApplication.Submit(NewTeam(), Applicant, new string('x', TeamApplication.MessageMaxLength + 1), false, null, Now).Error!.Code);
    }

    [Fact]
    public void A_rejected_player_may_apply_again_seven_days_after_the_rejection_and_is_told_when()
    {
        var rejectedAt = Now.AddDays(-7).AddSeconds(1);

        var early = TeamApplication.Submit(NewTeam(), Applicant, null, false, rejectedAt, Now).Error!;
        var onTime = TeamApplication.Submit(NewTeam(), Applicant, null, false, rejectedAt, Now.AddSeconds(1));

        Assert.Equal("reapply_cooldown", early.Code);
        Assert.Equal(rejectedAt.AddDays(7), early.Details!["retryAfter"]);
        Assert.Contains("2026-12-07T17:00:01Z", early.Message, StringComparison.Ordinal);
        Assert.True(onTime.IsSuccess);
    }

    [Fact]
    public void Accepting_puts_the_applicant_on_the_roster_once()
    {
        var team = NewTeam();
        var application = TeamApplication.Submit(team, Applicant, null, false, null, Now).Value;

        var accepted = application.Accept(team, Captain, Now.AddHours(1));

        Assert.True(accepted.IsSuccess);
        Assert.Equal((ApplicationStatus.Accepted, Now.AddHours(1)), (application.Status, application.DecidedAt));
        Assert.True(team.HasMember(Applicant));
        Assert.Contains(new TeamMemberJoined(team.Id, Applicant), team.DomainEvents);
        Assert.Contains(new ApplicationAccepted(application.Id, team.Id, "Dynamo", Applicant, Captain), application.DomainEvents);
        Assert.Equal("application_not_pending", application.Accept(team, Captain, Now).Error!.Code);
        Assert.Equal("application_not_pending", application.Withdraw(Applicant, Now).Error!.Code);
    }

    [Fact]
    public void Only_the_captain_decides_and_only_the_applicant_withdraws()
    {
        var team = NewTeam();
        var application = TeamApplication.Submit(team, Applicant, null, false, null, Now).Value;

        Assert.Equal("team_permission_denied", application.Accept(team, Applicant, Now).Error!.Code);
        Assert.Equal("team_permission_denied", application.Reject(team, Stranger, Now).Error!.Code);
        Assert.Equal("application_permission_denied", application.Withdraw(Captain, Now).Error!.Code);
        Assert.True(application.Withdraw(Applicant, Now).IsSuccess);
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.False(team.HasMember(Applicant));
    }

    [Fact]
    public void A_full_roster_refuses_the_acceptance_and_the_application_stays_pending()
    {
        var team = Team.Create(Captain, new TeamDetails("Dynamo", "football", "Berlin", true, 1), Now).Value;
        var application = TeamApplication.Submit(team, Applicant, null, false, null, Now).Value;

        Assert.Equal("roster_full", application.Accept(team, Captain, Now).Error!.Code);
        Assert.True(application.IsPending);
        Assert.False(team.HasMember(Applicant));
    }

    private static Team NewTeam(bool recruiting = true) =>
        Team.Create(Captain, new TeamDetails("Dynamo", "football", "Berlin", recruiting, null), Now).Value;
}

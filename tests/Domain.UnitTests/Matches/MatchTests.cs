using Platform.Domain.Community.Brackets;
using Platform.Domain.Matches;

namespace Platform.Domain.UnitTests.Matches;

public sealed class MatchTests
{
    private static readonly Guid HomeCaptain = Guid.CreateVersion7();
    private static readonly Guid AwayCaptain = Guid.CreateVersion7();
    private static readonly Guid HomePlayer = Guid.CreateVersion7();
    private static readonly Guid Moderator = Guid.CreateVersion7();
    private static readonly MatchSide Home = new(Guid.CreateVersion7(), "football", HomeCaptain, new HashSet<Guid> { HomeCaptain, HomePlayer });
    private static readonly MatchSide Away = new(Guid.CreateVersion7(), "football", AwayCaptain, new HashSet<Guid> { AwayCaptain });
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Kickoff = Now.AddDays(1);

    [Fact]
    public void The_home_captain_proposes_and_the_away_captain_accepts()
    {
        var match = Propose();

        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Equal("match_permission_denied", match.Accept(Home, HomeCaptain, Now).Error!.Code);
        Assert.True(match.Accept(Away, AwayCaptain, Now).IsSuccess);
        Assert.Equal((MatchStatus.Scheduled, 2L), (match.Status, match.Version));
        Assert.Equal(["proposed", "accepted"], match.History.Select(entry => entry.Action));
        Assert.Equal("match_not_proposed", match.Decline(Away, AwayCaptain, Now).Error!.Code);
    }

    [Fact]
    public void Proposals_are_refused_for_the_wrong_captain_one_team_other_sports_bad_times()
    {
        Assert.Equal("match_permission_denied", Match.Propose(Home, Away, AwayCaptain, null, Kickoff, 90, Now).Error!.Code);
        Assert.Equal("match_same_team", Match.Propose(Home, Home, HomeCaptain, null, Kickoff, 90, Now).Error!.Code);
        Assert.Equal("match_sports_differ", Match.Propose(Home, Away with { Sport = "futsal" }, HomeCaptain, null, Kickoff, 90, Now).Error!.Code);
        Assert.Equal("match_in_the_past", Match.Propose(Home, Away, HomeCaptain, null, Now, 90, Now).Error!.Code);
        Assert.Equal("match_duration_invalid", Match.Propose(Home, Away, HomeCaptain, null, Kickoff, 14, Now).Error!.Code);
    }

    [Fact]
    public void A_reschedule_needs_the_other_side_to_accept_again()
    {
        var match = Scheduled();

        Assert.True(match.Reschedule(Away, AwayCaptain, null, Kickoff.AddDays(1), 60, Now).IsSuccess);
        Assert.Equal("match_permission_denied", match.Accept(Away, AwayCaptain, Now).Error!.Code);
        Assert.True(match.Accept(Home, HomeCaptain, Now).IsSuccess);
        Assert.Equal((Kickoff.AddDays(1), 60, MatchStatus.Scheduled), (match.ScheduledAt, match.DurationMinutes, match.Status));
    }

    [Fact]
    public void A_report_before_kickoff_or_by_someone_else_is_refused()
    {
        var match = Scheduled();
        var result = Score(2, 1);

        Assert.Equal("match_not_reportable", match.ReportResult(Home, HomeCaptain, result, [], Kickoff.AddMinutes(-1)).Error!.Code);
        Assert.Equal("match_permission_denied", match.ReportResult(Home, HomePlayer, result, [], Kickoff).Error!.Code);
        Assert.Equal("lineup_not_on_roster", match.ReportResult(Home, HomeCaptain, result, [AwayCaptain], Kickoff).Error!.Code);
        Assert.Equal("match_not_reportable", Propose().ReportResult(Home, HomeCaptain, result, [], Kickoff).Error!.Code);
    }

    [Fact]
    public void A_report_waits_for_the_other_side_who_confirms_it()
    {
        var match = Scheduled();
        match.ReportResult(Home, HomeCaptain, Score(2, 1), [HomeCaptain, HomePlayer], Kickoff.AddHours(2));

        Assert.Equal((MatchStatus.AwaitingConfirmation, Kickoff.AddHours(26)), (match.Status, match.ConfirmationDeadline));
        Assert.Equal("match_own_report", match.Confirm(Home, HomeCaptain, Now).Error!.Code);
        Assert.True(match.Confirm(Away, AwayCaptain, Kickoff.AddHours(3)).IsSuccess);
        Assert.Equal((MatchStatus.Completed, false, Home.TeamId), (match.Status, match.AutoConfirmed, match.Result!.WinnerTeamId));
        var completed = Assert.IsType<MatchCompleted>(match.DomainEvents[^1]);
        Assert.Equal([HomeCaptain, HomePlayer], completed.HomeLineup);
        Assert.Equal("match_decided", match.Confirm(Away, AwayCaptain, Now).Error!.Code);
    }

    [Fact]
    public void The_same_report_from_the_other_side_completes_and_another_result_disputes()
    {
        var same = Reported();
        var other = Reported();

        Assert.True(same.ReportResult(Away, AwayCaptain, Score(2, 1), [AwayCaptain], Kickoff.AddHours(3)).IsSuccess);
        Assert.True(other.ReportResult(Away, AwayCaptain, Score(1, 1), [], Kickoff.AddHours(3)).IsSuccess);

        Assert.Equal(MatchStatus.Completed, same.Status);
        Assert.Equal([AwayCaptain], same.AwayLineup);
        Assert.Equal(MatchStatus.Disputed, other.Status);
        Assert.Equal("match_not_awaiting_confirmation", other.Confirm(Away, AwayCaptain, Now).Error!.Code);
    }

    [Fact]
    public void A_dispute_needs_a_reason_and_a_decision_settles_it()
    {
        var match = Reported();

        Assert.Equal("reason_invalid", match.Dispute(Away, AwayCaptain, " ", Now).Error!.Code);
        Assert.True(match.Dispute(Away, AwayCaptain, "It was 1:1", Kickoff.AddHours(3)).IsSuccess);
        Assert.Equal(("It was 1:1", MatchStatus.Disputed), (match.DisputeReason, match.Status));
        Assert.Equal("reason_invalid", match.Decide(Moderator, Score(1, 1), "", Now).Error!.Code);
        Assert.True(match.Decide(Moderator, Score(1, 1), "Video shows 1:1", Kickoff.AddHours(5)).IsSuccess);
        Assert.Equal((MatchStatus.Completed, true), (match.Status, match.Result!.IsDraw));
        Assert.Equal("match_decided", match.Decide(Moderator, Score(2, 1), "Again", Now).Error!.Code);
    }

    [Fact]
    public void An_unanswered_report_is_confirmed_at_its_deadline_once()
    {
        var match = Reported();

        Assert.False(match.ConfirmIfDue(Kickoff.AddHours(25)));
        Assert.True(match.ConfirmIfDue(Kickoff.AddHours(26)));
        Assert.False(match.ConfirmIfDue(Kickoff.AddHours(27)));
        Assert.Equal((MatchStatus.Completed, true), (match.Status, match.AutoConfirmed));
        Assert.Single(match.DomainEvents.OfType<MatchCompleted>());
    }

    [Fact]
    public void Either_captain_cancels_before_the_result_and_not_after()
    {
        var cancelled = Scheduled();
        var completed = Reported();
        completed.Confirm(Away, AwayCaptain, Kickoff.AddHours(3));

        Assert.True(cancelled.Cancel(Away, AwayCaptain, Now).IsSuccess);
        Assert.Equal(MatchStatus.Cancelled, cancelled.Status);
        Assert.Equal("match_decided", completed.Cancel(Home, HomeCaptain, Now).Error!.Code);
        Assert.Equal("match_not_cancellable", Reported().Cancel(Home, HomeCaptain, Now).Error!.Code);
    }

    [Theory]
    [InlineData(2, 1, null, DecidedBy.Regular, true, null)]
    [InlineData(1, 1, null, DecidedBy.Regular, true, null)]
    [InlineData(1, 1, null, DecidedBy.Regular, false, "draw_not_allowed")]
    [InlineData(1, 1, "home", DecidedBy.Regular, true, "draw_not_allowed")]
    [InlineData(1, 1, "home", DecidedBy.Penalties, false, null)]
    [InlineData(2, 1, "away", DecidedBy.Regular, true, "winner_not_higher_score")]
    [InlineData(1000, 1, null, DecidedBy.Regular, true, "score_invalid")]
    [InlineData(-1, 1, null, DecidedBy.Regular, true, "score_invalid")]
    [InlineData(2, 1, "stranger", DecidedBy.Regular, true, "winner_not_in_match")]
    public void Results_follow_the_score_and_draws_only_where_allowed(int home, int away, string? winner, DecidedBy decidedBy, bool drawAllowed, string? code)
    {
        Guid? winnerId = winner switch { "home" => Home.TeamId, "away" => Away.TeamId, "stranger" => Guid.CreateVersion7(), _ => null };

        var result = MatchResult.Of(home, away, winnerId, decidedBy, Home.TeamId, Away.TeamId, drawAllowed);

        Assert.Equal(code, result.IsSuccess ? null : result.Error!.Code);
    }

    [Fact]
    public void A_tournament_match_waits_for_both_sides_then_is_played_without_a_kickoff_time()
    {
        var tournament = Guid.CreateVersion7();
        var match = Match.ForTournament(tournament, BracketSide.Winners, 2, 1, "football", null, null, drawAllowed: false, TimeSpan.FromHours(6), Now);

        Assert.False(match.Seat(null, null, Now));
        Assert.True(match.Seat(Home.TeamId, null, Now));
        Assert.Equal(MatchStatus.Pending, match.Status);
        Assert.Equal("match_not_reportable", match.ReportResult(Home, HomeCaptain, new MatchResult(1, 0, Home.TeamId, DecidedBy.Regular), [], Now).Error!.Code);
        Assert.True(match.Seat(Home.TeamId, Away.TeamId, Now));
        Assert.Contains(new MatchReady(match.Id, Home.TeamId, Away.TeamId) { TournamentId = tournament }, match.DomainEvents);
        Assert.False(match.SetNotNeeded(Now));

        Assert.True(match.ReportResult(Home, HomeCaptain, new MatchResult(1, 0, Home.TeamId, DecidedBy.Regular), [], Now).IsSuccess);
        Assert.Equal(Now.AddHours(6), match.ConfirmationDeadline);
        Assert.Equal("match_not_cancellable", match.Reschedule(Home, HomeCaptain, null, Kickoff, 90, Now).Error!.Code);
        Assert.True(match.Confirm(Away, AwayCaptain, Now).IsSuccess);
        Assert.Contains(match.DomainEvents, raised => raised is MatchCompleted { TournamentId: { } id } && id == tournament);
    }

    [Fact]
    public void Organisers_set_a_tournament_match_kickoff_before_its_report_and_reports_wait_for_it()
    {
        var tournament = Guid.CreateVersion7();
        var organiser = Guid.CreateVersion7();
        var match = Match.ForTournament(tournament, null, 1, 1, "football", Home.TeamId, Away.TeamId, drawAllowed: false, TimeSpan.FromHours(24), Now);

        Assert.Equal("match_in_the_past", match.SetKickoff(organiser, null, Now.AddMinutes(-1), 90, Now).Error!.Code);
        Assert.Equal("match_duration_invalid", match.SetKickoff(organiser, null, Kickoff, 5, Now).Error!.Code);
        Assert.True(match.SetKickoff(organiser, null, Kickoff, 90, Now).IsSuccess);
        Assert.Equal((MatchStatus.Ready, Kickoff, Kickoff.AddMinutes(90)), (match.Status, match.ScheduledAt, match.EndsAt));
        Assert.Contains(new MatchKickoffSet(match.Id, tournament, Home.TeamId, Away.TeamId, Kickoff), match.DomainEvents);
        Assert.Equal("match_not_reportable", match.ReportResult(Home, HomeCaptain, new MatchResult(1, 0, Home.TeamId, DecidedBy.Regular), [], Now).Error!.Code);
        Assert.True(match.ReportResult(Home, HomeCaptain, new MatchResult(1, 0, Home.TeamId, DecidedBy.Regular), [], Kickoff.AddMinutes(100)).IsSuccess);
        Assert.Equal("match_not_schedulable", match.SetKickoff(organiser, null, Kickoff.AddDays(1), 90, Kickoff.AddMinutes(100)).Error!.Code);
        Assert.Equal("match_not_schedulable", Propose().SetKickoff(organiser, null, Kickoff, 90, Now).Error!.Code);
    }

    [Fact]
    public void A_pending_reset_is_set_aside_once_and_never_seated()
    {
        var reset = Match.ForTournament(Guid.CreateVersion7(), BracketSide.GrandFinal, 2, 1, "football", null, null, drawAllowed: false, TimeSpan.FromHours(24), Now);

        Assert.True(reset.SetNotNeeded(Now));
        Assert.False(reset.SetNotNeeded(Now));
        Assert.False(reset.Seat(Home.TeamId, Away.TeamId, Now));
        Assert.Equal(MatchStatus.NotNeeded, reset.Status);
    }

    private static Match Propose() => Match.Propose(Home, Away, HomeCaptain, null, Kickoff, 90, Now).Value;

    private static Match Scheduled()
    {
        var match = Propose();
        match.Accept(Away, AwayCaptain, Now);
        return match;
    }

    private static Match Reported()
    {
        var match = Scheduled();
        match.ReportResult(Home, HomeCaptain, Score(2, 1), [], Kickoff.AddHours(2));
        return match;
    }

    private static MatchResult Score(int home, int away) => MatchResult.Of(home, away, null, DecidedBy.Regular, Home.TeamId, Away.TeamId, drawAllowed: true).Value;
}

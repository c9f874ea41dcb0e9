using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Domain.UnitTests.Tournaments;

public sealed class TournamentLifecycleTests
{
    private static readonly Guid Organiser = Guid.CreateVersion7();
    private static readonly Guid Stranger = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Organisers_change_it_before_the_start_but_not_below_the_accepted_field()
    {
        var tournament = WithField(entries: 3, capacity: 4);

        Assert.Equal("tournament_permission_denied", tournament.Update(Stranger, "Cup", "Berlin", Settings(4), Now).Error!.Code);
        Assert.Equal("capacity_below_field", tournament.Update(Organiser, "Cup", "Berlin", Settings(2), Now).Error!.Code);
        Assert.Equal("tournament_name_invalid", tournament.Update(Organiser, "Cup\0", "Berlin", Settings(4), Now).Error!.Code);
        var version = tournament.Version;
        Assert.True(tournament.Update(Organiser, " Summer Cup ", "hamburg", Settings(8), Now).IsSuccess);
        Assert.Equal(("Summer Cup", "HAMBURG", 8, version + 1), (tournament.Name, tournament.CityKey, tournament.Settings.Capacity, tournament.Version));
    }

    [Fact]
    public void The_start_fixes_the_field_records_the_lots_and_happens_once()
    {
        var tournament = WithField(entries: 3, capacity: 4);

        Assert.Equal("tournament_permission_denied", tournament.Start(Stranger, [1, 2, 3], Now).Error!.Code);
        Assert.Equal("lots_invalid", tournament.Start(Organiser, [1, 1, 3], Now).Error!.Code);
        var started = tournament.Start(Organiser, [3, 1, 2], Now);

        Assert.Equal(3, started.Value.Count);
        Assert.Equal(TournamentState.InProgress, tournament.State);
        Assert.Equal([3, 1, 2], tournament.Lots);
        Assert.Contains(tournament.DomainEvents, raised => raised is TournamentStarted { CaptainIds.Count: 3 });
        Assert.Equal("tournament_already_started", tournament.Start(Organiser, [1, 2, 3], Now).Error!.Code);
        Assert.Equal("tournament_already_started", tournament.Delete(Organiser).Error!.Code);
        Assert.Equal("seeding_locked", tournament.SetSeeds(Organiser, [.. tournament.Seeded.Select(entry => entry.Id)], Now).Error!.Code);
        Assert.Equal(tournament.Seeded[1].Id, tournament.EntryOfSeed(2)!.Id);
    }

    [Fact]
    public void Fewer_than_two_entrants_do_not_start()
    {
        var tournament = WithField(entries: 1, capacity: 4);

        Assert.Equal("too_few_entrants", tournament.Start(Organiser, [1], Now).Error!.Code);
        Assert.Equal(TournamentState.Registration, tournament.State);
    }

    [Fact]
    public void A_cancelled_or_completed_tournament_is_finished()
    {
        var cancelled = WithField(entries: 2, capacity: 4);
        var completed = WithField(entries: 2, capacity: 4);
        completed.Start(Organiser, [1, 2], Now);

        Assert.Equal("tournament_permission_denied", cancelled.Cancel(Stranger, Now).Error!.Code);
        Assert.True(cancelled.Cancel(Organiser, Now).IsSuccess);
        Assert.Equal("tournament_finished", cancelled.Cancel(Organiser, Now).Error!.Code);
        Assert.Equal("tournament_finished", cancelled.Start(Organiser, [1, 2], Now).Error!.Code);
        Assert.True(completed.Complete([completed.Seeded[1].Id, completed.Seeded[0].Id], Now).IsSuccess);
        Assert.Contains(completed.DomainEvents, raised => raised is TournamentCompleted { Placings.Count: 2 });
        Assert.Equal("tournament_finished", completed.Cancel(Organiser, Now).Error!.Code);
        Assert.Equal("tournament_finished", completed.Complete([], Now).Error!.Code);
    }

    [Fact]
    public void Organisers_are_added_once_and_at_most_twenty()
    {
        var tournament = WithField(entries: 0, capacity: 4);
        var helper = Guid.CreateVersion7();

        Assert.Equal("tournament_permission_denied", tournament.AddOrganiser(Stranger, helper, Now).Error!.Code);
        tournament.AddOrganiser(Organiser, helper, Now);
        tournament.AddOrganiser(helper, helper, Now);
        for (var index = 2; index < Tournament.MaxOrganisers; index++)
        {
            tournament.AddOrganiser(helper, Guid.CreateVersion7(), Now);
        }

        Assert.Equal(Tournament.MaxOrganisers, tournament.OrganiserIds.Count);
        Assert.Equal("too_many_organisers", tournament.AddOrganiser(Organiser, Guid.CreateVersion7(), Now).Error!.Code);
    }

    [Theory]
    [InlineData(TournamentFormat.SingleElimination, 13, 12)]
    [InlineData(TournamentFormat.DoubleElimination, 13, 25)]
    [InlineData(TournamentFormat.RoundRobin, 5, 10)]
    [InlineData(TournamentFormat.Swiss, 9, 4)]
    public void The_draw_makes_every_match_an_elimination_bracket_or_round_robin_needs_and_a_Swiss_round_one(TournamentFormat format, int entrants, int matches)
    {
        var settings = TournamentSettings.Create(format, 16, 1, TimeSpan.FromHours(24), swissRounds: format == TournamentFormat.Swiss ? 3 : null).Value;

        var draw = TournamentDraw.Of(settings, entrants).Value;

        Assert.Equal(matches, draw.Matches.Count);
        Assert.Equal(format is TournamentFormat.SingleElimination or TournamentFormat.DoubleElimination ? 16 : 0, draw.FirstRound.Count * 2);
        Assert.All(draw.Matches, match => Assert.Equal(format is TournamentFormat.RoundRobin or TournamentFormat.Swiss, match.Side is null));
        Assert.Equal(format == TournamentFormat.RoundRobin ? 5 : format == TournamentFormat.Swiss ? 1 : 0, draw.Byes.Count);
    }

    [Fact]
    public void Placings_put_the_final_then_the_third_place_match_then_the_later_exits_first()
    {
        var bracket = SingleEliminationBracket.Plan(6, thirdPlaceMatch: true).Value.Matches;
        var progress = new BracketProgress(bracket);
        foreach (var match in bracket)
        {
            var (home, away) = progress.Sides(match.Ref);
            progress.Decide(match.Ref, Math.Min(home!.Value, away!.Value));
        }

        // Seeds 1 and 2 had byes; 3 and 4 won round 1 and lost the semi-finals; 5 and 6 went out first.
        Assert.Equal([1, 2, 3, 4, 5, 6], EliminationPlacings.Of(bracket, progress, 6));
    }

    private static Tournament WithField(int entries, int capacity)
    {
        var tournament = Tournament.Create(Organiser, "Winter Cup", "football", "Berlin", Settings(capacity), Now).Value;
        tournament.OpenRegistration(Organiser, Now);
        for (var index = 0; index < entries; index++)
        {
            var captain = Guid.CreateVersion7();
            var entry = tournament.Enter(new EntrantTeam(Guid.CreateVersion7(), "football", captain, new HashSet<Guid>([captain])), captain, Now).Value;
            tournament.AcceptEntry(Organiser, entry.Id, Now.AddMinutes(index));
        }

        return tournament;
    }

    private static TournamentSettings Settings(int capacity) =>
        TournamentSettings.Create(TournamentFormat.SingleElimination, capacity, 1, TimeSpan.FromHours(24)).Value;
}

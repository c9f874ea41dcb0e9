using Platform.Domain.Community.Brackets;
using Platform.Domain.Tournaments;

namespace Platform.Domain.UnitTests.Tournaments;

public sealed class TournamentRegistrationTests
{
    private static readonly Guid Organiser = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Entries_are_taken_only_while_registration_is_open()
    {
        var tournament = Draft(capacity: 4);
        var team = Team();

        Assert.Equal("registration_closed", tournament.Enter(team, team.CaptainId, Now).Error!.Code);
        Assert.Equal("tournament_permission_denied", tournament.OpenRegistration(team.CaptainId, Now).Error!.Code);
        Assert.True(tournament.OpenRegistration(Organiser, Now).IsSuccess);
        Assert.Equal(EntryStatus.Pending, tournament.Enter(team, team.CaptainId, Now).Value.Status);
    }

    [Fact]
    public void A_team_enters_once_by_its_captain_with_enough_players_none_of_them_in_another_entry()
    {
        var tournament = Open(capacity: 4, minimumRoster: 2);
        var team = Team(players: 2);
        var sharing = Team(players: 2) with { MemberIds = new HashSet<Guid>([team.MemberIds.First(), Guid.CreateVersion7()]) };
        tournament.Enter(team, team.CaptainId, Now);

        Assert.Equal("entry_already_exists", tournament.Enter(team, team.CaptainId, Now).Error!.Code);
        Assert.Equal("tournament_permission_denied", tournament.Enter(Team(players: 2), Guid.CreateVersion7(), Now).Error!.Code);
        var small = Team(players: 1);
        var futsal = Team(players: 2) with { Sport = "futsal" };

        Assert.Equal("roster_too_small", tournament.Enter(small, small.CaptainId, Now).Error!.Code);
        Assert.Equal("player_in_two_entries", tournament.Enter(sharing, sharing.CaptainId, Now).Error!.Code);
        Assert.Equal("tournament_sport_differs", tournament.Enter(futsal, futsal.CaptainId, Now).Error!.Code);
        Assert.Single(tournament.Entries);
    }

    [Fact]
    public void Past_capacity_accepted_entries_wait_and_the_first_moves_up_when_a_place_frees()
    {
        var tournament = Open(capacity: 2);
        var entries = Enumerable.Range(0, 4).Select(index => EnterAt(tournament, Now.AddMinutes(index))).ToList();

        var statuses = entries.Select(entry => tournament.AcceptEntry(Organiser, entry.Id, Now.AddHours(entries.IndexOf(entry))).Value.Status).ToList();
        Assert.Equal([EntryStatus.Accepted, EntryStatus.Accepted, EntryStatus.Waitlisted, EntryStatus.Waitlisted], statuses);
        Assert.Equal([1, 2], tournament.Seeded.Select(entry => entry.Seed!.Value));

        Assert.True(tournament.WithdrawBeforeStart(entries[0].CaptainId, entries[0].Id, Now.AddDays(1)).IsSuccess);

        Assert.Equal([entries[1].Id, entries[2].Id], tournament.Seeded.Select(entry => entry.Id));
        Assert.Equal([1, 2], tournament.Seeded.Select(entry => entry.Seed!.Value));
        Assert.Contains(new EntryPromoted(tournament.Id, entries[2].Id, entries[2].TeamId, entries[2].CaptainId), tournament.DomainEvents);
        Assert.Equal(EntryStatus.Waitlisted, entries[3].Status);
    }

    [Fact]
    public void Only_organisers_decide_a_pending_entry_once()
    {
        var tournament = Open(capacity: 2);
        var entry = EnterAt(tournament, Now);

        Assert.Equal("tournament_permission_denied", tournament.AcceptEntry(entry.CaptainId, entry.Id, Now).Error!.Code);
        Assert.Equal("entry_not_found", tournament.AcceptEntry(Organiser, Guid.CreateVersion7(), Now).Error!.Code);
        Assert.True(tournament.RejectEntry(Organiser, entry.Id, Now).IsSuccess);
        Assert.Equal("entry_not_pending", tournament.AcceptEntry(Organiser, entry.Id, Now).Error!.Code);
        Assert.Equal("tournament_permission_denied", tournament.WithdrawBeforeStart(Guid.CreateVersion7(), entry.Id, Now).Error!.Code);
    }

    [Fact]
    public void Seeds_follow_acceptance_until_set_or_drawn_and_list_every_accepted_entry_once()
    {
        var tournament = Open(capacity: 4);
        var entries = Enumerable.Range(0, 3).Select(index => EnterAt(tournament, Now.AddMinutes(index))).ToList();
        entries.ForEach(entry => tournament.AcceptEntry(Organiser, entry.Id, Now));

        Assert.Equal("seeds_invalid", tournament.SetSeeds(Organiser, [entries[0].Id, entries[1].Id], Now).Error!.Code);
        Assert.Equal("seeds_invalid", tournament.SetSeeds(Organiser, [entries[0].Id, entries[0].Id, entries[1].Id], Now).Error!.Code);
        Assert.Equal("tournament_permission_denied", tournament.SetSeeds(entries[0].CaptainId, [entries[2].Id, entries[1].Id, entries[0].Id], Now).Error!.Code);
        Assert.True(tournament.SetSeeds(Organiser, [entries[2].Id, entries[0].Id, entries[1].Id], Now).IsSuccess);
        Assert.Equal([entries[2].Id, entries[0].Id, entries[1].Id], tournament.Seeded.Select(entry => entry.Id));

        Assert.True(tournament.RandomizeSeeds(Organiser, new Random(7), Now).IsSuccess);
        Assert.Equal([1, 2, 3], tournament.Seeded.Select(entry => entry.Seed!.Value));
        Assert.Equal(entries.Select(entry => entry.Id).Order(), tournament.Seeded.Select(entry => entry.Id).Order());
    }

    private static TournamentEntry EnterAt(Tournament tournament, DateTimeOffset at)
    {
        var team = Team(players: 1);
        return tournament.Enter(team, team.CaptainId, at).Value;
    }

    private static Tournament Open(int capacity, int minimumRoster = 1)
    {
        var tournament = Draft(capacity, minimumRoster);
        tournament.OpenRegistration(Organiser, Now);
        return tournament;
    }

    private static Tournament Draft(int capacity, int minimumRoster = 1) =>
        Tournament.Create(Organiser, "Winter Cup", "football", "Berlin", Settings(capacity, minimumRoster), Now).Value;

    private static TournamentSettings Settings(int capacity, int minimumRoster) =>
        TournamentSettings.Create(TournamentFormat.SingleElimination, capacity, minimumRoster, TimeSpan.FromHours(24)).Value;

    private static EntrantTeam Team(int players = 1)
    {
        var captain = Guid.CreateVersion7();
        return new EntrantTeam(Guid.CreateVersion7(), "football", captain, new HashSet<Guid>([captain, .. Enumerable.Range(1, players - 1).Select(_ => Guid.CreateVersion7())]));
    }
}

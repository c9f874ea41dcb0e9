using Platform.Application.Teams.AcceptApplication;
using Platform.Application.Teams.ApplyToTeam;
using Platform.Application.Teams.CreateTeam;
using Platform.Application.Teams.UpdateMyPlayerProfile;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Identity;
using Platform.Domain.Teams;

namespace Platform.Application.UnitTests.Teams;

/// <summary>The Teams slices through the real pipeline (validation, unit of work, events) over in-memory storage.</summary>
public sealed class TeamSlicesTests
{
    private static readonly Guid Captain = Guid.CreateVersion7();
    private static readonly Guid Player = Guid.CreateVersion7();

    [Fact]
    public async Task A_team_is_created_with_its_captain_and_saved_once()
    {
        await using var host = new PipelineHost();

        var result = await host.SendAsync(new CreateTeamCommand(" Dynamo ", "football", "Berlin", true, null) { CaptainId = Captain });

        var stored = Assert.Single(host.Repository<InMemoryTeamRepository>().Items);
        Assert.Equal((stored.Id, "Dynamo", 1, Captain), (result.Value.Id, result.Value.Name, result.Value.MemberCount, result.Value.CaptainId));
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task A_taken_name_and_an_unknown_sport_are_refused_and_nothing_is_saved()
    {
        await using var host = new PipelineHost();
        await host.SendAsync(new CreateTeamCommand("Dynamo", "football", "Berlin", true, null) { CaptainId = Captain });

        var taken = await host.SendAsync(new CreateTeamCommand("DYNAMO", "football", "Kyiv", true, null) { CaptainId = Player });
        var unknownSport = await host.SendAsync(new CreateTeamCommand("Dynamo", "chess", "Kyiv", true, null) { CaptainId = Player });

        Assert.Equal("team_name_taken", taken.Error!.Code);
        Assert.Contains("sport", unknownSport.Error!.FieldErrors!.Keys);
        Assert.Single(host.Repository<InMemoryTeamRepository>().Items);
        Assert.Equal(1, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task An_accepted_application_puts_the_player_on_the_roster_in_the_same_unit_of_work()
    {
        await using var host = new PipelineHost();
        var team = (await host.SendAsync(new CreateTeamCommand("Dynamo", "football", "Berlin", true, 2) { CaptainId = Captain })).Value;
        var application = (await host.SendAsync(new ApplyToTeamCommand("Hi") { Id = team.Id, UserId = Player })).Value;

        var accepted = await host.SendAsync(new AcceptApplicationCommand(team.Id, application.Id, Captain));

        Assert.Equal("accepted", accepted.Value.Status);
        Assert.True(Assert.Single(host.Repository<InMemoryTeamRepository>().Items).HasMember(Player));
        Assert.Equal(3, host.UnitOfWork.Saves);
    }

    [Fact]
    public async Task Someone_else_accepting_finds_no_application()
    {
        await using var host = new PipelineHost();
        var team = (await host.SendAsync(new CreateTeamCommand("Dynamo", "football", "Berlin", true, null) { CaptainId = Captain })).Value;
        var application = (await host.SendAsync(new ApplyToTeamCommand(null) { Id = team.Id, UserId = Player })).Value;

        var result = await host.SendAsync(new AcceptApplicationCommand(team.Id, application.Id, Guid.CreateVersion7()));

        Assert.Equal("application_not_found", result.Error!.Code);
        Assert.True(Assert.Single(host.Repository<InMemoryTeamApplicationRepository>().Items).IsPending);
    }

    [Fact]
    public async Task The_first_profile_save_adds_it_and_a_stale_version_is_refused()
    {
        await using var host = new PipelineHost();
        var user = User.Register(Email.Create("ann@example.com").Value, DisplayName.Create("Ann").Value, "hash", host.Clock.GetUtcNow());
        host.Users.Add(user);

        var saved = await host.SendAsync(new UpdateMyPlayerProfileCommand(["football"], ["Winger"], "Berlin") { UserId = user.Id, ExpectedVersion = 0 });
        var stale = await host.SendAsync(new UpdateMyPlayerProfileCommand(["futsal"], null, null) { UserId = user.Id, ExpectedVersion = 0 });

        Assert.Equal((1L, "Ann", "Berlin"), (saved.Value.Version, saved.Value.DisplayName, saved.Value.City));
        Assert.Equal("precondition_failed", stale.Error!.Code);
        Assert.Equal(["football"], Assert.Single(host.Repository<InMemoryPlayerProfileRepository>().Items).Sports);
    }
}
